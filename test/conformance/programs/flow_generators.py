# Conformance program flow_generators: send, throw, close, return values,
# "generator raised StopIteration", finalisation and generator attributes.
def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    finally:
        print("fin")
    return "ret"

it = g()
print(it.send(None))
print(it.send(10))
try:
    it.send(5)
except StopIteration as e:
    print("stop", e.value, repr(e), e.args)
try:
    it.send(5)
except StopIteration as e:
    print("again", repr(e), e.value)
print(next(it, "dflt"))

it = g()
try:
    it.send(3)
except TypeError as e:
    print(type(e).__name__, e)
next(it)
try:
    it.throw(ValueError("boom"))
except ValueError as e:
    print("VE", e)
print(it.gi_running, it.gi_frame, it.gi_suspended)

# throw: the type form, the instance form, bad arguments
def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", repr(e))
            yield "handled " + type(e).__name__

c = catcher()
print(next(c))
print(c.throw(KeyError))
print(next(c))
print(c.throw(IndexError("idx")))
print(next(c))
for bad in [(1,), ("x",), (None,)]:
    try:
        c.throw(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    c.throw()
except TypeError as e:
    print("TypeError", e)

# throw into a just-started and a finished generator
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e, s.gi_frame)
print(list(s))
try:
    s.throw(NameError("late"))
except NameError as e:
    print("late", e)

# close: GeneratorExit, ignoring it, returning from it, close before start
def h():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
            yield 2

it = h()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return 5
cl = closer()
next(cl)
print(cl.close(), cl.close())
cl = closer()
print(cl.close(), list(cl))

def raiser_on_close():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
r = raiser_on_close()
next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

# StopIteration inside a generator becomes RuntimeError
def sig():
    raise StopIteration(5)
    yield
try:
    next(sig())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def sig2():
    yield 1
    next(iter([]))
try:
    list(sig2())
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)

# break out of a for loop, then resume
def gen2():
    for i in range(4):
        yield i
g2 = gen2()
for x in g2:
    if x == 1:
        break
print(list(g2))

# finalisation runs finally blocks
def fin():
    try:
        yield 1
    finally:
        print("cleanup")
f = fin()
next(f)
del f
print("after del")
for v in fin():
    break
print("after loop")

# generator expressions
ge = (x * x for x in range(3))
print(ge.__name__, ge.__qualname__, next(ge), list(ge), list(ge))
ge = (x for x in [1, 2] if x)
print(type(ge).__name__, sum(ge))
try:
    (1 / x for x in [1, 0]).__next__()
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("genexp", e)

# already executing
def reent():
    yield next(gr)
gr = reent()
try:
    next(gr)
except ValueError as e:
    print(type(e).__name__, e)

# attributes
def named():
    yield
n = named()
print(n.__name__, n.__qualname__, n.gi_code.co_name, n.gi_running, n.gi_yieldfrom, n.gi_suspended)
n.__name__ = "renamed"
print(n.__name__, repr(n).startswith("<generator object named at 0x"))
try:
    n.__name__ = 5
except TypeError as e:
    print(e)
next(n)
print(n.gi_suspended)
class K:
    def meth(self):
        yield self
print(K().meth().__qualname__)

# exception state inside generators
import sys
def exc_state():
    print("inside", sys.exception())
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exception()
        print("resumed", repr(sys.exception()))
    yield sys.exception()
es = exc_state()
try:
    raise ValueError("outer")
except ValueError:
    print("first", repr(next(es)))
print("outside", sys.exception())
print("second", repr(next(es)))

def last():
    yield 1
    raise IndexError("done here")
for v in last():
    print(v)
