# Conformance program unpacking: compared with python3.12 (stdout, stderr, exit code).
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = [1, 2], 3
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
print(*"abc", sep="|")
print([*range(3), *"xy"], {**{"a": 1}, "b": 2})
