# Conformance: dict views (keys, values, items): repr, len, in, set operations, reversed.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print('a' in k, 'z' in k, 2 in v, 9 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i)
d['d'] = 4
print(k, list(v), list(i))
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(sorted(k & {'a', 'b', 'x'}), sorted(k | {'x'}), sorted(k - {'a'}), sorted(k ^ {'a', 'x'}))
print(sorted({'a', 'x'} & k), sorted({'x'} | k), sorted({'a', 'x'} - k), sorted({'a', 'x'} ^ k))
print(sorted(k & ['a', 'q']), sorted(k - ['a', 'q']), sorted(k | ('z',)))
e = {1: 1, 2: 2, 3: 3}
print(e.keys() & {2, 3, 4}, e.keys() | {5}, e.keys() - {1}, e.keys() ^ {1, 9}, type(e.keys() & {1}).__name__)
print(e.keys() & e.keys(), e.keys() - e.keys(), {1: 0}.keys() | {2: 0}.keys())
print(sorted(e.items() & {(1, 1), (2, 3)}), sorted(e.items() - {(1, 1)}), sorted(e.items() | {(7, 7)}))
print(e.keys() == {1, 2, 3}, e.keys() == {1, 2}, e.keys() <= {1, 2, 3, 4}, e.keys() < {1, 2, 3}, e.keys() > {1}, e.keys() >= e.keys())
print(e.items() == {(1, 1), (2, 2), (3, 3)}, e.values() == e.values(), e.keys() != {1})
print(e.keys().isdisjoint({7, 8}), e.keys().isdisjoint([1]), e.items().isdisjoint({(1, 1)}))
print({}.keys(), {}.values(), {}.items(), len({}.items()))
it = iter(e.items())
print(next(it), type(it).__name__, type(iter(e.keys())).__name__, type(iter(e.values())).__name__, type(reversed(e)).__name__)
print(type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for x in e.keys():
        e[x + 100] = 0
except RuntimeError as err:
    print(type(err).__name__, err)
try:
    hash(e.keys())
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.keys()[0]
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.keys() & 5
except TypeError as err:
    print(type(err).__name__, err)
r = {}
r[1] = r.values()
print(r)
print(list(zip(d.keys(), d.values())), dict(d.items()) == d)
print(sum({1: 2, 3: 4}.values()), max({1: 2, 3: 4}.items()))
