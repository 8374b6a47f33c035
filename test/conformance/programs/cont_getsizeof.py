# Conformance: sys.getsizeof of containers as on 64-bit CPython 3.12 (list growth, dict and set tables).
import sys
g = sys.getsizeof
l = []
seen = []
for i in range(70):
    l.append(i)
    seen.append(g(l))
print(seen)
print(g([]), g([1]), g([1, 2, 3]), g(list(range(10))), g([0] * 10), g([x for x in range(10)]))
m = list(range(100))
while len(m) > 3:
    m.pop()
print(g(m))
n = [1, 2]
n += [3] * 20
print(g(n))
n *= 3
print(g(n), len(n))
del n[5:]
print(g(n))
print(g(()), g((1,)), g((1, 2, 3)), g(tuple(range(10))))
print(g({}), g({1: 2}), g(dict.fromkeys(range(5))), g(dict.fromkeys(range(6))), g(dict.fromkeys(range(100))))
print(g({'a': 1}), g(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
print(g(set()), g({1}), g(set(range(4))), g(set(range(5))), g(set(range(18))), g(set(range(19))), g(set(range(1000))))
print(g(frozenset()), g(frozenset(range(4))), g(frozenset(range(5))), g({1, 2, 3, 4, 5}), g({*range(6)}))
s = set(range(100))
s.clear()
print(g(s))
print(g(range(10)), g(slice(1, 2)), g(iter([])), g(iter(())), g(iter(set())), g({}.keys()), g(iter({})), g(reversed([])))
print(g(iter(range(3))), g(reversed(range(3))))
