# Conformance program dict_sizes: sys.getsizeof of dicts built in different ways (keys table model).
import sys
print(sys.getsizeof({"a": 1, 2: [3]}), sys.getsizeof({1: 2}), sys.getsizeof({"a": 1}), sys.getsizeof({}))
d = {"a": 1}
d[1] = 2
print(sys.getsizeof(d))
big = {str(i): i for i in range(7)}
print(sys.getsizeof(big), sys.getsizeof(dict(big)), sys.getsizeof(big.copy()))
lit = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}
print(sys.getsizeof(lit))
mixed = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}
print(sys.getsizeof(mixed))
for n in (0, 1, 5, 6, 10, 11, 21, 22, 42, 43, 100):
    d = {}
    for i in range(n):
        d[i] = None
    e = {}
    for i in range(n):
        e["k%d" % i] = None
    print(n, sys.getsizeof(d), sys.getsizeof(e))
