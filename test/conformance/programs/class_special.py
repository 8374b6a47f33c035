# Conformance program class_special: dunders set to None (__iter__, __hash__, __contains__),
# dict subclasses with __missing__, __mro_entries__-free bases, object.__eq__/__ne__/__format__
# called directly, vars() of classes, __init__ errors through type.__call__, keyword-only
# constructors, class attributes shared between instances, and a class decorator.
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return f'missing {key}'
m = Missing(a=1)
print(m['a'], m['b'], m.get('b'), 'b' in m, len(m))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
c['x'] += 1
c['x'] += 1
print(c, type(c).__name__, isinstance(c, dict))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__ne__(c, c))
print(format(3, 'd'), object.__format__(5, ''))
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
def register(cls):
    cls.registered = True
    return cls
@register
class Decorated:
    pass
print(Decorated.registered)
class KwInit:
    def __init__(self, *, a, b=2):
        self.a, self.b = a, b
print(vars(KwInit(a=1)))
for args, kw in [((1,), {}), ((), {}), ((), {'a': 1, 'c': 3})]:
    try:
        KwInit(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
class Pos:
    def __init__(self, x, y):
        pass
for a in [(1,), (1, 2, 3)]:
    try:
        Pos(*a)
    except TypeError as e:
        print(type(e).__name__, e)
class WithClassVar:
    count = 0
    def __init__(self):
        type(self).count += 1
WithClassVar(); WithClassVar()
print(WithClassVar.count)
class ListLike(list):
    def __repr__(self):
        return 'LL' + super().__repr__()
ll = ListLike([3, 1, 2])
ll.sort()
print(ll, len(ll), ll[0], ll + [9], type(ll + [9]).__name__, isinstance(ll, list))
class StrLike(str):
    def shout(self):
        return self.upper() + '!'
sl = StrLike('hey')
print(sl.shout(), sl + 'x', type(sl + 'x').__name__, sl == 'hey', hash(sl) == hash('hey'), repr(sl))
class IntLike(int):
    pass
il = IntLike(7)
print(il + 1, type(il + 1).__name__, repr(il), il == 7, int(il), isinstance(il, int))
class TupleLike(tuple):
    def first(self):
        return self[0]
tl = TupleLike((1, 2))
print(tl.first(), tl, len(tl), type(tl).__name__)
class E:
    def __eq__(self, other):
        return NotImplemented
print(E() == E(), E() != E())
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Ordered(1) > Ordered(0), Ordered(1) >= Ordered(2))
class Getter:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return key
g = Getter()
print(g[1:2], g[::3], g[1:2, 3], g['k'])
class HashOnly:
    def __hash__(self):
        return 42
print(hash(HashOnly()), HashOnly() == HashOnly())
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class Unhashable:
    __hash__ = None
print(Unhashable.__hash__, isinstance(Unhashable(), object))
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
