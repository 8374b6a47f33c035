# Conformance: range: len, indexing, slicing, containment, count/index, reversed, repr, equality, hash.
r = range(0, 20, 3)
print(r, range(5), range(1, 5), range(5, 1, -1), range(0), len(r), len(range(5, 1)), len(range(10, 0, -3)))
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[5:1:-2], r[100:], list(r[::-2]), range(10)[-3:])
try:
    r[7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r['a']
except TypeError as e:
    print(type(e).__name__, e)
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 3.0 in r, 4.5 in r, 'x' in r, True in range(2))
print(r.count(6), r.count(7), r.count(6.0), r.index(9), range(10, 0, -2).index(4))
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(range(0) == range(5, 2), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(1) == range(1, 2, 5), range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(3)) == hash(range(0, 3, 1)))
print(r.start, r.stop, r.step, range(4).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(-5, 5, 4)), list(range(5, -5, -4)), sum(range(101)), bool(range(0)), bool(range(1)))
big = range(0, 10**6, 7)
print(len(big), big[-1], 700000 in big, 700001 in big, big.index(700000))
print(range(3) == [0, 1, 2], range(2) < range(3) if False else 'skip')
try:
    range(2) < range(3)
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(3))
print(next(it), list(it), type(it).__name__, type(reversed(range(3))).__name__)
print(min(range(3, 9)), max(range(3, 9)), sorted(range(5, 0, -1)), list(enumerate(range(10, 13))))
range(3)[5]
