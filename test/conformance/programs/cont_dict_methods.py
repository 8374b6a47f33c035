# Conformance: dict methods, ordering, errors and repr.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[(1, 'x')]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    d['q']
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    del d['q']
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d = dict(x=1, y=2)
d.update({'z': 3}); d.update([('w', 4), ['v', 5]]); d.update(u=6, x=10); d.update({'t': 7}, s=8); d.update()
print(d)
try:
    d.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
class D(dict):
    pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1, 2], 'v'))
e = {1: 'a', 2: 'b', 3: 'c'}
del e[2]; e[2] = 'B'; e[1] = 'A'; print(e, list(e), list(e.values()), list(e.items()))
e.clear(); print(e, len(e))
f = {1: 1}
c = f.copy(); c[2] = 2; print(f, c)
print({1: 2} | {3: 4}, {1: 2} | {1: 3})
g = {1: 2}; g |= {5: 6}; g |= [(7, 8)]; print(g)
try:
    {1: 2} | [(3, 4)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 2}, {} == [])
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(dict(), dict({1: 2}), dict([(1, 2), (3, 4)]), dict(a=1), dict({1: 2}, b=3), dict(zip('ab', range(2))))
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
r = {}; r[1] = r; print(r)
r2 = {'k': [r]}; print(r2)
h = {1: 'a', 1.0: 'b', True: 'c'}; print(h)
h = {0: 'z', False: 'f', 0.0: 'q', -0.0: 'w'}; print(h)
order = {}
for i in range(10):
    order[i] = i
for i in range(0, 10, 2):
    del order[i]
order[0] = 'again'
print(order, list(order.keys()))
it = iter({1: 2, 3: 4})
print(next(it), next(it))
dd = {1: 2, 3: 4}
try:
    for k in dd:
        dd[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
dd = {1: 2, 3: 4}
for k in dd:
    dd[k] = 'changed'
print(dd)
try:
    for k in dd:
        del dd[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(1 in {1: 2}, 2 in {1: 2}, len({1: 2, 3: 4}), bool({}), bool({0: 0}))
print({**{1: 2}, 3: 4, **{1: 5}})
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items()), min({3: 0, 1: 0}), max({3: 0, 1: 0}))
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.keys(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
{}['missing']
