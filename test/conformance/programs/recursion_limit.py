# Conformance program recursion_limit: compared with python3.12 (stdout, stderr, exit code).
import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < 1000)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(500))))
