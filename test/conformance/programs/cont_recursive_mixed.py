# Conformance: recursive reprs, nested containers, equality and membership across container types.
a = [1]
a.append(a)
b = {'self': None}
b['self'] = b
c = [a, b]
print(a, b, c)
d = {1: [2, {3: (4, [5])}]}
print(d, d[1][1][3][1])
e = [[]] * 3
e[0].append(1)
print(e, e[0] is e[2])
f = [[] for _ in range(3)]
f[0].append(1)
print(f)
t = ([],)
t[0].append(t)
print(t)
s = {frozenset({1}), (1, (2,))}
print(sorted(map(repr, s)))
print([1, 2] == [1, 2.0], (1, [2]) == (1, [2]), {1: [1]} == {1: [1]}, [a] == [a], a == a)
print([1, 2] in [[1, 2]], (1,) in {(1,): 0}, {1} in [{1}], 2 in {1: 2}.values(), [] in [[]])
x = [3, 1, 2]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
z = (1, 2)
w = z
z += (3,)
print(w, z, z is w)
print(list(map(list, [(1, 2), 'ab'])), [list(p) for p in {1: 2}.items()], dict([[1, 2], 'ab']))
print({**{'a': 1}, **dict(b=2)}, [*'ab', *range(2)], (*[1], *{2: 3}))
print([[1, 2], [3]][-1][0], {'k': {'k2': [0, 1]}}['k']['k2'][1], ((1, 2), 3)[0][1])
print(len([[], [], []]), [len(x) for x in ([], [1], [1, 2])], sum(len(v) for v in {1: 'ab', 2: 'c'}.values()))
m = {}
m.setdefault('a', []).append(1)
m.setdefault('a', []).append(2)
print(m)
print([repr(x) for x in ([], (), {}, set(), frozenset(), '', range(0))])
print(bool([]), bool(()), bool({}), bool(set()), bool(frozenset()), bool(range(0)), bool([0]), bool((0,)), bool({0: 0}), bool({0}))
