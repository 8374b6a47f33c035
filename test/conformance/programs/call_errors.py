# Conformance program call_errors: compared with python3.12 (stdout, stderr, exit code).
one = 1
def f(a, b, c=3):
    return a + b + c
for call in [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4), lambda: f(1, 2, a=1), lambda: len(1), lambda: len(), lambda: one(), lambda: int("5", 50)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def g(*, key):
    return key
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
