# Conformance: set and frozenset basics: literals, order, hashing, operators, sizes.
import sys
print({3, 1, 2}, set([10, 5, 100, 7]), {-1, -2, 8, 16, 24, 32})
print(set(), frozenset(), frozenset({1, 2}), set(range(20)))
s = {(1, 2), (3, 4), (0, 0), (-1, 5)}
print(s)
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash((1, 2)), hash(frozenset({(1, 2), 3.5})))
print({x * 7 % 13 for x in range(20)})
print({*range(5), *[9, 8]})
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a <= b, a < a | b, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
a |= {100}; print(a); a &= {1, 2, 100, 7}; print(a); a -= {1}; print(a); a ^= {2, 50}; print(a)
s = set(range(10)); 
print(s.pop(), s.pop(), s)
s.discard(5); s.remove(6); print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2, 3}.difference([1], [2]))
print({1}.isdisjoint([2]), {1}.issubset(range(3)), {1, 2}.issuperset([1]))
print(frozenset([1, 2]) in {frozenset([2, 1])}, {1, 2} in {frozenset([1, 2])})
print(sys.getsizeof(set()), sys.getsizeof(set(range(5))), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(100))))
for n in range(0, 40, 3):
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof({*range(n)}), set(range(n, 0, -1)) == set(range(1, n + 1)))

print([x in {1, 2, 3} for x in range(5)])
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
class S(set): pass
print(S([1, 2]), S(), S([1]) | {2}, type(S([1]) | {2}))
fs = frozenset([5, 6])
print(fs | {1}, type(fs | {1}), {1} | fs, type({1} | fs), fs.copy() is fs)
print(set([1.5, 2, 3.0, -0.0, 0]))
print(set([2**64, 2**61 - 1, 2**61, -2**63]))
print(hash(frozenset([2**64, -5])))
