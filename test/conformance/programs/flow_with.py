# Conformance program flow_with: with statements (enter/exit order, the
# value of __enter__, exception suppression, several items, nesting,
# return/break/continue through __exit__, protocol errors).
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, repr(val))
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", repr(e))
with CM("d") as x, CM("e", True) as y:
    print("multi", x, y)
    1 / 0
print("after multi")
with CM("f"):
    with CM("g", True):
        with CM("h"):
            raise IndexError("deep")
    print("between")

def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)

# the result of __exit__ is tested for truth
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class CM2:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return Truthy(True)
with CM2():
    raise RuntimeError("x")
print("truthy exit suppressed")

# __exit__ raising replaces the exception, with context
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise TypeError("from exit")
try:
    with Raiser():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), repr(e.__context__))

# protocol errors
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return 1
for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# __enter__ raising: __exit__ is not called
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never body")
except OSError as e:
    print("enter failed", e)

# tuple targets and attributes as targets
class Holder:
    pass
h = Holder()
class Pair:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        return False
with Pair() as (a, (b, h.c)):
    print(a, b, h.c)
d = {}
with Pair() as d["k"]:
    pass
print(d)

# generator-based context manager by hand
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
def managed():
    print("setup")
    try:
        yield "resource"
    except ZeroDivisionError:
        print("handled in generator")
    finally:
        print("teardown")
with GenCM(managed()) as r:
    print("using", r)
with GenCM(managed()) as r:
    1 / 0
print("suppressed by generator")
with CM("last"):
    raise AttributeError("uncaught")
