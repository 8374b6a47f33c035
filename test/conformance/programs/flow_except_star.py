# Conformance program flow_except_star: try/except* at runtime (splitting
# groups, wrapping naked exceptions, re-raising the unhandled rest,
# raising from handlers, sys.exception() inside handlers, type errors).
import sys

def show(eg, indent=""):
    if isinstance(eg, BaseExceptionGroup):
        print(indent + f"{type(eg).__name__}({eg.message!r})")
        for e in eg.exceptions:
            show(e, indent + "  ")
    else:
        print(indent + repr(eg))

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
try:
    raise eg
except* ValueError as e:
    print("ValueError part:")
    show(e)
    print("handled is match:", sys.exception() is e)
except* TypeError as e:
    print("TypeError part:")
    show(e)
except* KeyError as e:
    print("KeyError part:")
    show(e)
print("sys.exception after:", sys.exception())

# the unhandled rest propagates with the original structure
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), OSError("o"), ExceptionGroup("in", [OSError("o2"), IndexError("i")])])
    except* ValueError:
        print("got value errors")
    except* IndexError as e:
        print("got index errors", e.exceptions)
except ExceptionGroup as rest:
    print("rest:")
    show(rest)

# a naked exception is wrapped in an ExceptionGroup with an empty message
try:
    raise KeyError("naked")
except* KeyError as e:
    print(type(e).__name__, repr(e.message), e.exceptions)
try:
    try:
        raise RuntimeError("naked, unmatched")
    except* KeyError:
        print("not here")
except RuntimeError as e:
    print("naked passes through unchanged:", repr(e))

# matching with a tuple of types
try:
    raise ExceptionGroup("t", [ValueError(1), TypeError(2), NameError(3)])
except* (ValueError, TypeError) as e:
    print("tuple match:", [type(x).__name__ for x in e.exceptions])
except* NameError:
    print("name error part")

# raising inside a handler: grouped with the re-raised rest
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new from handler")
except BaseExceptionGroup as e:
    print("combined:")
    show(e)
    print([type(x.__context__).__name__ for x in e.exceptions if isinstance(x, KeyError)])

# bare raise in a handler re-raises that part in place
try:
    try:
        raise ExceptionGroup("h", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("reraised:")
    show(e)

# raising the caught group object itself from a handler counts as raised anew
try:
    try:
        raise ExceptionGroup("k", [ValueError(1)])
    except* ValueError as e:
        raise e
except ExceptionGroup as e:
    show(e)

# else and finally with except*
for exc in [None, ValueError("x")]:
    try:
        if exc:
            raise exc
    except* ValueError:
        print("handled", exc)
    else:
        print("else branch")
    finally:
        print("finally branch")

# BaseExceptionGroup with a BaseException member
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(5)])
    except* ValueError as e:
        print("value part of base group:", type(e).__name__, e.exceptions)
except BaseExceptionGroup as e:
    print("rest is", type(e).__name__, e.exceptions)

# invalid except* types
for bad in [int, ExceptionGroup, (ValueError, BaseExceptionGroup)]:
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# nested try/except* inside a handler
try:
    raise ExceptionGroup("n", [ValueError(1)])
except* ValueError:
    try:
        raise ExceptionGroup("inner", [TypeError(2)])
    except* TypeError as e:
        print("inner handled", e.exceptions)

def f():
    try:
        raise ExceptionGroup("f", [ValueError("in f"), TypeError("t")])
    except* TypeError:
        print("handled t in f")
try:
    f()
except ExceptionGroup as e:
    print("from f:", e.exceptions)
raise KeyError("uncaught at the end")
