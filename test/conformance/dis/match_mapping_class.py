# Mapping and class patterns, with keyword sub-patterns and **rest.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def mapping(m):
    match m:
        case {}:
            return "empty-or-any"
        case {"a": 1}:
            return "a1"
        case {"b": x, "c": y}:
            return x, y
        case {"d": 1, **rest}:
            return rest
        case {**kw}:
            return kw
        case {Color.RED: v, 2: [w]}:
            return v, w


def klass(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return yy
        case Point(xx, y=1):
            return xx
        case Point(_, _):
            return "some point"
        case int(n) | float(n):
            return n
        case Color.RED:
            return "red"
        case str() as s:
            return s
        case Point(x=Point(x=a)):
            return a
        case list((1 | 2) as q):
            return q
