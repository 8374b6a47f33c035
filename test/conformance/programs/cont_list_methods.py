# Conformance: every list method, with CPython's error messages.
a = [3, 1, 2]
a.append(4); print(a)
a.extend((5, 6)); a.extend(x for x in range(2)); a.extend("ab"); print(a)
a.insert(0, 'first'); a.insert(-1, 'minus1'); a.insert(100, 'end'); a.insert(-100, 'start'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('ab'[0]) if 'a' in a else None; print(a)
try:
    a.remove('zz')
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3, 2, 1, 2]
print(b.index(2), b.index(2, 2), b.index(2, -3), b.index(1, 1, 5), b.count(2), b.count(9))
for args in [(9,), (2, 4, 5), (1, 1, 4), (3, -1)]:
    try:
        print(b.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
c = b.copy(); c.reverse(); print(c, b, c is b)
c.clear(); print(c, len(c))
try:
    b.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.copy(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.pop('x')
except TypeError as e:
    print(type(e).__name__, e)
d = [1, 2]
d.extend(d); print(d)
d += d; print(d)
d *= 2; print(len(d))
d *= 0; print(d)
e = [1, [2, 3]]
f = e * 2; f[1].append(4); print(e, f)
print([1, 2] + [3], [0] * 3, 3 * [0], [] * 5, [1] * -2)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
g = [1, 2]; g += (3, 4); g += "ab"; g += range(2); print(g)
print(list(), list("abc"), list(range(3)), list({1: 2, 3: 4}), list((1,)))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
h = [5, 6, 7]
print(5 in h, 8 in h, 8 not in h, len(h), bool([]), bool(h))
r = [1, 2]; r.append(r); print(r, repr([r, r]))
print(list.append, [].append.__name__, type([].append).__name__)
print(len(b), 2 in b, b[0])
i = [1, 2, 3]; del i[0]; print(i); del i[-1]; print(i)
try:
    del i[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    i[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    i['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    i[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(i[True], i[-1])
[].pop(3)
