# Conformance program class_init_frames: __init__ run by a class call (now in the caller's eval loop) — results, errors, tracebacks, refcounts.
import sys


def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain(Point):
    pass


print(Point(1, 2), Point(3), Point(y=5, x=4), Plain(6, 7), Point3(1, 2, 3).z)
p = Point(1, 2)
print(sys.getrefcount(p), sys.getrefcount(p) - sys.getrefcount(Point(0)) + 0)
before = sys.getrefcount(Point)
keep = [Point(i, i) for i in range(5)]
print(sys.getrefcount(Point) - before)
del keep
print(sys.getrefcount(Point) - before)


class Returns:
    def __init__(self, v):
        return v


print(type(Returns(None)).__name__)
for v in (0, "s", [], Point(0)):
    try:
        Returns(v)
    except TypeError as e:
        print("TypeError:", e, tb_names(e))


class Fails:
    def __init__(self, n):
        self.n = n
        self.check()

    def check(self):
        if self.n < 0:
            raise ValueError(f"negative: {self.n}")


try:
    Fails(-1)
except ValueError as e:
    print("ValueError:", e, tb_names(e))
try:
    Point()
except TypeError as e:
    print("TypeError:", e, tb_names(e))
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e, tb_names(e))


class Handles:
    def __init__(self):
        try:
            Fails(-2)
        except ValueError as e:
            self.err = str(e)


print(Handles().err)


class Chain:
    def __init__(self, n):
        self.inner = Chain(n - 1) if n else None
        self.n = n


c = Chain(50)
depth = 0
while c is not None:
    depth += 1
    c = c.inner
print(depth)


def deep(n):
    return Chain(n)


try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(9).a)


class Outer:
    def __init__(self, v):
        self.p = Point(v, Fails(v).n)


o = Outer(3)
print(o.p)
Outer(-4)
