# Conformance program equality_identity: compared with python3.12 (stdout, stderr, exit code).
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, 1 == 1.0, "a" == "a")
print(1 < 2, 2 <= 2, 3 > 4, "abc" < "abd", [1, 2] < [1, 2, 3], (1, 2) >= (1, 1), 1 < 1.5)
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([] < {})
except TypeError as e:
    print(e)
print(float("nan") == float("nan"), 0.0 == -0.0, 2 ** 64 == 2.0 ** 64, 2 ** 53 + 1 == 2.0 ** 53 + 1)
