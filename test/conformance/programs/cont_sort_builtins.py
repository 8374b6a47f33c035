# Conformance: sort/sorted, reversed, enumerate, zip(strict), min/max, sum, any/all over containers.
a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(range(10), key=lambda x: x % 3), sorted('hello'), sorted({3: 1, 1: 2}), sorted((3, 1, 2)))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
b = [3, 1, 2]
try:
    b.sort(key=lambda x: b.append(x))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
def bad(x):
    raise KeyError(x)
try:
    sorted([1, 2], key=bad)
except KeyError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate('ab')), list(enumerate('ab', 10)), list(enumerate([], 3)), list(enumerate('xy', start=-1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
c = [3, 1, 2]
try:
    c.sort(key=lambda x: c.append(x) or x)
except ValueError as e:
    print(type(e).__name__, e, c)
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max('abc'), min([], default=7), max((), default=None))
print(min([(1, 'b'), (1, 'a')]), max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max([1, 3, 3.0], key=lambda x: x))
for call in [lambda: min([]), lambda: max(1), lambda: min(1, 2, default=0), lambda: max()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 10), sum([], start=5))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, '', 1]), all([1, 'x', []]), any(x > 2 for x in range(5)), all({1: 0}))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, '', 'a'])), len(list(zip(range(3), range(5)))))
nested = [[3, 2], [1], []]
nested.sort(key=len); print(nested)
nested.sort(); print(nested)
s = ['b', 'a', 'c']
s.sort(key=None, reverse=False); print(s)
sorted([1, 2, None])
