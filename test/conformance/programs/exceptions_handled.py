# Conformance program exceptions_handled: compared with python3.12 (stdout, stderr, exit code).
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e, repr(e), type(e).__name__, e.args)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", repr(e))
try:
    {}["k"]
except LookupError as e:
    print("lookup", e, repr(e))
finally:
    print("finally runs")
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
class MyError(Exception):
    pass
try:
    raise MyError("custom", 42)
except MyError as e:
    print(e, e.args, isinstance(e, Exception))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    raise StopIteration
except Exception as e:
    print(repr(e))
else:
    print("no")
try:
    pass
except Exception:
    pass
else:
    print("else branch")
assert True
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
