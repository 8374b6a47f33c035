# Conformance program flow_yield_from: delegation with yield from (send,
# throw and close pass through, return values, iterators without send,
# objects with send/throw methods, nested chains, errors).
def inner():
    try:
        v = yield "a"
        print("inner got", v)
        w = yield "b"
        print("inner got", w)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "c"
    finally:
        print("inner finally")
    return 42

def outer():
    r = yield from inner()
    print("r", r)
    yield "end"
    return "outer done"

o = outer()
print(next(o), o.send("S"), o.throw(KeyError("k")), next(o))
try:
    next(o)
except StopIteration as e:
    print("stop", e.value)
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_running)
o.close()
print("closed", o.gi_yieldfrom)
o = outer()
next(o)
try:
    o.throw(ValueError("not caught inside"))
except ValueError as e:
    print("through both", e)

def plain():
    x = yield from [1, 2, 3]
    print("list gives", x)
    y = yield from range(2)
    z = yield from "ab"
    return (x, y, z)
p = plain()
print(list(p))
try:
    p2 = plain()
    next(p2)
    p2.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

class Sendable:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("custom value")
        return self.n
    def send(self, v):
        print("Sendable.send", v)
        return self.__next__()
    def throw(self, *args):
        print("Sendable.throw", args[0].__class__.__name__)
        return "thrown-result"
    def close(self):
        print("Sendable.close")

def deleg():
    r = yield from Sendable()
    print("deleg result", r)
    yield "after"
d = deleg()
print(next(d), d.send("hi"), d.throw(IndexError("i")), next(d), next(d))
d = deleg()
next(d)
d.close()

def chain(n):
    if n == 0:
        v = yield "bottom"
        return f"got {v}"
    r = yield from chain(n - 1)
    return r + "!"
c = chain(50)
print(next(c))
try:
    c.send("x")
except StopIteration as e:
    print(e.value[:12], len(e.value))

def returns_early():
    return "early"
    yield
def wrapper():
    v = yield from returns_early()
    yield v
print(list(wrapper()))

def raising_inner():
    yield 1
    raise LookupError("inner failure")
def catching_outer():
    try:
        yield from raising_inner()
    except LookupError as e:
        yield f"outer caught {e}"
print(list(catching_outer()))

def thrower():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "zde handled by outer"
t = thrower()
next(t)
print(t.throw(ZeroDivisionError))

def genexit_inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
def genexit_outer():
    try:
        yield from genexit_inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
g = genexit_outer()
next(g)
g.close()
g = genexit_outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came back")

try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

def stop_in_inner():
    yield 1
    raise StopIteration("leak")
def outer2():
    yield from stop_in_inner()
try:
    list(outer2())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def deep_fail(n):
    if n == 0:
        yield 0
        raise ValueError("bottom failed")
    yield from deep_fail(n - 1)
for v in deep_fail(3):
    pass
