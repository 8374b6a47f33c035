# Conformance program flow_coroutines: async def coroutines driven by hand
# with send()/throw()/close() (no event loop): await on __await__ objects
# and other coroutines, async for, async with, and their errors.
class Suspend:
    """An awaitable that suspends once, handing `value` to the driver."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return f"resumed with {got}"

async def leaf(x):
    r = await Suspend(("leaf", x))
    return r.upper()

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]

def run(coro, sends=()):
    """Drives a coroutine: prints what it yields, sends values back."""
    sends = list(sends)
    value = None
    try:
        while True:
            yielded = coro.send(value)
            print("  yielded", yielded)
            value = sends.pop(0) if sends else "ok"
    except StopIteration as e:
        print("  result", e.value)

c = middle()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
run(c, ["first", "second"])
print(repr(c).startswith("<coroutine object middle at 0x"))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# throw and close reach the innermost awaitable
async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as e:
        print("guarded caught", repr(e))
        await Suspend("after catch")
        return "recovered"
    finally:
        print("guarded finally")
g = guarded()
print(g.send(None))
print(g.cr_await is not None, g.cr_suspended)
print(g.throw(KeyError("k")))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
g = guarded()
g.send(None)
g.close()
print("closed", g.cr_await)
g = guarded()
try:
    g.send(5)
except TypeError as e:
    print(e)
g.close()

# await errors
class NotAwaitable:
    pass
class BadAwait:
    def __await__(self):
        return 5
async def awaits(obj):
    return await obj
for obj in [NotAwaitable(), 3, BadAwait()]:
    try:
        awaits(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)

# awaiting a coroutine twice
async def simple():
    return 7
s = simple()
async def twice():
    a = await s
    b = await s
    return a, b
try:
    twice().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# async for over a class with __aiter__/__anext__
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend(f"tick {self.i}")
        return self.i * 10

async def consume():
    total = []
    async for v in Ticker(3):
        total.append(v)
    else:
        total.append("else")
    return total
run(consume())

async def bad_for(obj):
    async for _ in obj:
        pass
class AiterNoAnext:
    def __aiter__(self):
        return 1
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
for obj in [[1], AiterNoAnext(), AnextNotAwaitable()]:
    try:
        bad_for(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)

# async with
class ACM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend("entering")
        return "resource"
    async def __aexit__(self, t, v, tb):
        await Suspend(f"exiting {t.__name__ if t else None}")
        return self.suppress
async def use(suppress, fail):
    async with ACM(suppress) as r:
        print("  inside with", r)
        if fail:
            raise ValueError("in body")
    return "finished use"
run(use(False, False))
run(use(True, True))
try:
    run(use(False, True))
except ValueError as e:
    print("escaped", e)

class NotACM:
    pass
class EnterNotAwaitable:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
async def use_bad(obj):
    async with obj:
        pass
for obj in [NotACM(), EnterNotAwaitable()]:
    try:
        use_bad(obj).send(None)
    except TypeError as e:
        print(type(e).__name__, e)

# __await__ of a coroutine, and yield from a coroutine in a plain generator
w = simple().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
sc = simple()
def plain_gen():
    yield from sc
try:
    list(plain_gen())
except TypeError as e:
    print(type(e).__name__, e)
sc.close()

async def fails():
    await Suspend(1)
    raise OSError("async failure")
c = fails()
c.send(None)
c.send(None)
