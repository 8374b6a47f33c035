# Conformance: tuples: repr, hashing, comparison, methods, concatenation, errors.
t = (1, 2, 3, 2)
print(t, (1,), (), ((1,),), (1, (2, (3,))), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
print(t.count(2), t.count(9), t.index(2), t.index(3))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, -2)), hash((1.5, 'x' == 'x', None is None)))
print(hash((2**64, -2**70, 0.25)), hash(((), ((),))), hash((0, 0.0, False)) == hash((False, 0, 0.0)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2.0), () < (0,), (1, 2) <= (1, 2), (3,) >= (3, 0))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) < [1]
except TypeError as e:
    print(type(e).__name__, e)
print((1,) == [1], (1, 2) + (3,), (1,) * 3, 2 * (0, 1), () * 10, (1, 2) * -1)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
u = t
u += (5,)
print(u, t, u is t)
a, *b, c = (1, 2, 3, 4)
print(a, b, c, len(t), 2 in t, 7 in t, t[-1], t[0])
l = [1]
tt = (l, l)
l.append(tt)
print(tt)
print(max((3, 1), (2, 9)), min([(1, 'b'), (1, 'a')]), sorted([(2, 1), (1, 2), (1, 1)]))
nested = ((1, 2), (1, 2))
print(nested[0] == nested[1], {(1, 2): 'a', (1, 2.0): 'b'})
print(tuple(x * 2 for x in range(4)), (*range(3), *'ab'))
class T(tuple):
    pass
x = T((1, 2))
print(x, type(x).__name__, x + (3,), type(x + (3,)).__name__, x == (1, 2))
print(t.__class__.__name__, type(()) is tuple, tuple(()) == ())
t.count()
