# Conformance program class_protocols: truthiness (__bool__ then __len__), __len__ errors,
# item access dunders, __contains__ and its __iter__/__getitem__ fallbacks, the iterator protocol,
# __call__ and callable(), __repr__/__str__/__format__, context managers, __del__ at refcount zero.
class T:
    def __bool__(self): return False
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(T()), bool(L(0)), bool(L(3)), not L(0), len(L(4)), bool(object()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
for n in [-1, 'x', 2**100]:
    try:
        print(len(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(object())
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print('getitem', k)
        if isinstance(k, int) and k >= 3:
            raise IndexError(k)
        return self.d.get(k, k)
    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('delitem', k)
s = Seq()
s[1] = 'one'
print(s[1], s[1:2], s['key'], s[1, 2], s[...])
del s[0]
del s[1:3]
print(2 in s)
print(5 in s)
print(list(s))
a, b, c = s
print(a, b, c)
class Cont:
    def __contains__(self, x):
        return x == 'yes'
print('yes' in Cont(), 'no' in Cont(), 'no' not in Cont())
class ItOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in ItOnly(), 7 in ItOnly(), list(ItOnly()), sorted(ItOnly(), reverse=True))
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    o = object()
    o[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del o[0]
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(Countdown(5)), next(Countdown(0), 'done'))
it = Countdown(1)
print(iter(it) is it, [x for x in it], [x for x in it])
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
class Callme:
    def __call__(self, *a, **k):
        return ('called', a, k)
print(Callme()(1, x=2), callable(Callme()), callable(Callme), callable(1), callable(len), callable(lambda: 0))
try:
    T()()
except TypeError as e:
    print(type(e).__name__, e)
class RS:
    def __repr__(self): return 'RS-repr'
    def __str__(self): return 'RS-str'
    def __format__(self, spec): return f'RS-format[{spec}]'
r = RS()
print(r, repr(r), str(r), f'{r}', f'{r!r}', f'{r!s}', f'{r:>10}', format(r, 'x'), [r], (r,), {'k': r})
class OnlyRepr:
    def __repr__(self): return 'only-repr'
print(OnlyRepr(), str(OnlyRepr()), f'{OnlyRepr()}', format(OnlyRepr()))
class OnlyStr:
    def __str__(self): return 'only-str'
print(OnlyStr(), str(OnlyStr()), f'{OnlyStr()}', repr(OnlyStr())[:18])
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(OnlyStr(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    f'{BadFormat()}'
except TypeError as e:
    print(type(e).__name__, e)
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.swallow
with Ctx('a') as v, Ctx('b') as w:
    print('body', v, w)
with Ctx('s', True):
    raise ValueError('swallowed')
try:
    with Ctx('n'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Del:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('del', self.name)
x = Del('x')
x = None
print('after x')
def scope():
    y = Del('y')
    print('in scope')
scope()
print('after scope')
lst = [Del('in list')]
lst.pop()
print('after pop')
z = Del('z')
del z
print('after del')
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __reversed__(self): return iter(['r1', 'r2'])
print(list(reversed(Rev())), list(Rev()))
class LenGet:
    def __len__(self): return 2
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(LenGet())))
class Hook:
    def __length_hint__(self): return 3
    def __iter__(self): return iter([])
print(list(Hook()))
