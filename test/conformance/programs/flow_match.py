# Conformance program flow_match: match statements at runtime (literal,
# capture, sequence, mapping, class, or/as/guard patterns) and their errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class NoArgs:
    pass

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case True:
            return "true?"
        case None:
            return "none"
        case "hello":
            return "greeting"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list/tuple"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, b, *mid, c):
            return f"a={a} b={b} mid={mid} c={c}"
        case {"type": "pt", "x": x, **others}:
            return f"pt-dict x={x} others={others}"
        case {}:
            return f"mapping {sorted(v)}"
        case P3(x, y, z=z):
            return f"P3 {x} {y} {z}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy):
            return f"point {xx},{yy}"
        case NoArgs():
            return "noargs"
        case _:
            return f"other {type(v).__name__}"

for v in [0, 1, True, False, None, "hello", -5, 7, 2.5, "s", [], (), [9], (1, 2, 3),
          [5, 6, 7, 8, 9], (4, 5, 6), {"type": "pt", "x": 1, "y": 2}, {"a": 1}, {},
          P3(1, 2, 3), Point(0, 4), Point(3, 4), NoArgs(), {1, 2}, "ab", b"xy", range(2),
          bytearray(b"q")]:
    print(repr(v) if not isinstance(v, (Point, NoArgs)) else type(v).__name__, "->", describe(v))

# value patterns and dotted names
class Color:
    RED = 1
    GREEN = 2
def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "no match"
print(color(1), color(2), color(3))

# nested patterns and guards seeing bindings
def nested(v):
    match v:
        case [Point(x=0) as p, {"k": [_, second]}] if second > 1:
            return f"nested {p.y} {second}"
        case [Point(), _]:
            return "point first"
        case [[a, b], [c, d]]:
            return a + b + c + d
    return None
print(nested([Point(0, 9), {"k": [1, 2]}]), nested([Point(1, 1), 0]), nested([[1, 2], [3, 4]]), nested("xy"))

# builtin self-matching and subclasses
class MyInt(int):
    pass
class MyStr(str):
    __match_args__ = ("upper",)
match MyInt(5):
    case int(v):
        print("myint", v, type(v).__name__)
match MyStr("abc"):
    case MyStr(u):
        print("mystr attr", u.__name__ if callable(u) else u)
match {"a": 1, "b": 2}:
    case dict(a=x):
        print("dict kw lookup fails?", x)
    case dict(d):
        print("dict self", d)

# errors
class BadArgs:
    __match_args__ = ["x"]
class NotStr:
    __match_args__ = (1,)
for case in range(6):
    try:
        match case:
            case 0:
                match Point(1, 2):
                    case Point(1, 2, 3):
                        pass
            case 1:
                match 5:
                    case int(1, 2):
                        pass
            case 2:
                match BadArgs():
                    case BadArgs(1):
                        pass
            case 3:
                match NotStr():
                    case NotStr(1):
                        pass
            case 4:
                match Point(1, 2):
                    case Point(1, x=1):
                        pass
            case 5:
                f = len
                match 3:
                    case Color.RED():
                        pass
    except (TypeError, AttributeError) as e:
        print(case, type(e).__name__, e)
try:
    match {1: 1, 2: 2}:
        case {Color.RED: 1, Color.RED: 2}:
            pass
except Exception as e:
    print(type(e).__name__, e)

# mapping patterns use get() and keep the subject's other keys
class M(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match M(a=1, b=2, c=3):
    case {"a": 1, "c": cc, **rest}:
        print("M", cc, rest)

# the subject is evaluated once; unmatched statements fall through
def once():
    print("evaluated")
    return 3
match once():
    case 1:
        print("one")
    case 2:
        print("two")
print("done")
x = 42
match x:
    case y:
        print("irrefutable", y)
match (1, 2):
    case (1, 2) | (2, 1) as pair:
        print("pair", pair)
match [1, [2, 3]]:
    case [1, [2, *_]] if False:
        print("no")
    case [_, [*_, last]]:
        print("last", last)
match Point(1, 2):
    case Point(1, 2, 3):
        pass
