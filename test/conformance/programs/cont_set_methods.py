# Conformance: the set and frozenset method API with CPython's errors.
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.update([5, 6], (7,), range(8, 10)); print(s)
s.difference_update([1, 2], {3}); print(s)
s.intersection_update(range(5, 100), [5, 6, 7, 8, 50]); print(s)
s.symmetric_difference_update({8, 11}); print(s)
print(s.union(), s.intersection(), s.difference(), s.copy(), s.copy() is s)
print({1, 2, 3}.union({3, 4}, [5], (6, 6)), {1, 2, 3, 4}.intersection({2, 3, 4}, [3, 4, 9]), {1, 2, 3, 4}.difference({1}, [2]))
print({1, 2}.symmetric_difference([2, 3]), frozenset({1, 2}).symmetric_difference({2, 3}))
print({1, 2}.issubset({1, 2, 3}), {1, 2}.issubset([1]), {1, 2}.issuperset([]), {1}.isdisjoint(set()), {1}.isdisjoint((1,)))
fs = frozenset(range(5))
print(fs, fs.union([9]), fs.intersection({1, 2, 77}), fs.difference({0}), fs.copy() is fs, frozenset(fs) is fs)
for name in ['add', 'remove', 'discard', 'pop', 'update', 'clear']:
    print(name, hasattr(fs, name))
for call in [lambda: s.add(), lambda: s.add(1, 2), lambda: s.remove([1]), lambda: s.discard({}),
             lambda: s.update(1), lambda: s.union(5), lambda: s.issubset(3), lambda: s.pop(1),
             lambda: set(1), lambda: set([1], [2]), lambda: set(x=1), lambda: frozenset(1, 2),
             lambda: s | [1], lambda: s & 1, lambda: s - None, lambda: [1] ^ s, lambda: s < [1],
             lambda: s.symmetric_difference(), lambda: {[]}, lambda: set().pop(),
             lambda: s.union([[1]]), lambda: frozenset([{}]), lambda: s.update(x=1)]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
t = {1, 2}
t.discard(5); t.remove(2); print(t)
try:
    t.remove(99)
except KeyError as e:
    print(type(e).__name__, e, e.args)
t.clear(); print(t, len(t))
u = {frozenset({1}), frozenset({1, 2})}
print({1} in u, {1, 2} in u, {3} in u)
u.discard({1}); print(u)
u.remove({1, 2}); print(u)
v = set('aab')
print(len(v), sorted(v), 'a' in v, 'c' not in v)
w = {1, 2, 3}
w2 = w
w |= {4}; w &= {1, 2, 4, 9}; w -= {1}; w ^= {7}
print(w, w is w2)
f = frozenset({1, 2})
f2 = f
f |= {3}
print(f, f2, f is f2)
print(set() == frozenset(), {1} == frozenset({1}), frozenset({1}) == {1}, {1, 2} != {2, 1}, set() < {1}, {1} <= {1}, {1, 2} > {1}, {1} >= {2})
print(set([1, 2]) == [1, 2], {1}.__eq__([1]))
class MySet(set):
    pass
m = MySet([3, 1])
print(m, type(m.copy()).__name__, type(m | {1}).__name__, type(m.union()).__name__, m == {1, 3})
print(MySet(), frozenset(), repr(set()))
print(sorted({'b', 'a', 'c'}), sorted(frozenset('xyz')))
set([1]).remove(2)
