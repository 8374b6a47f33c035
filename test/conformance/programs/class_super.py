# Conformance program class_super: zero-argument and two-argument super(), in methods,
# classmethods, staticmethod-free contexts, cooperative multiple inheritance, errors.
class A:
    def who(self):
        return ['A']
    @classmethod
    def cm(cls):
        return ['A.cm', cls.__name__]
    def __init__(self, **kw):
        print('A.__init__', sorted(kw))
        super().__init__()
class B(A):
    def who(self):
        return ['B'] + super().who()
    @classmethod
    def cm(cls):
        return ['B.cm'] + super().cm()
    def __init__(self, b=0, **kw):
        print('B.__init__', b)
        super().__init__(**kw)
class C(A):
    def who(self):
        return ['C'] + super().who()
    def __init__(self, c=0, **kw):
        print('C.__init__', c)
        super().__init__(**kw)
class D(B, C):
    def who(self):
        return ['D'] + super().who()
    @classmethod
    def cm(cls):
        return ['D.cm'] + super().cm()
    def __init__(self, **kw):
        super().__init__(**kw)
d = D(b=1, c=2, extra=3)
print(d.who(), D.cm(), d.cm())
print(super(B, d).who(), super(C, d).who(), super(D, D).cm())
print(super(D, d).who.__func__ is B.who)
s = super(B, d)
print(type(s).__name__, s.__thisclass__ is B, s.__self__ is d, s.__self_class__ is D)
try:
    super(int, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
def outside(self):
    return super().who()
try:
    outside(d)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(D, d).nothing
except AttributeError as e:
    print(type(e).__name__, e)
class E(A):
    def __init__(self):
        pass
    def f(self):
        def inner():
            return super().who()
        return inner
try:
    E().f()()
except RuntimeError as e:
    print(type(e).__name__, e)
class F(A):
    def __init__(self):
        pass
    def g(self):
        return [super().who() for _ in range(2)]
    def h(self):
        return (lambda: super().who())()
print(F().g())
try:
    print(F().h())
except RuntimeError as e:
    print(type(e).__name__, e)
class R:
    def __repr__(self):
        return 'R-' + super().__repr__()[:9]
    def __eq__(self, other):
        return super().__eq__(other)
print(repr(R()), R() == R(), R().__eq__(3))
class Num(int):
    def __add__(self, other):
        return Num(super().__add__(other) * 10)
    def __repr__(self):
        return f'Num({super().__repr__()})'
print(Num(2) + 3, repr(Num(5)))
class L(list):
    def append(self, x):
        super().append(x * 2)
lst = L([1])
lst.append(5)
print(lst, len(lst))
class Dd(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
    def __getitem__(self, k):
        return super().__getitem__(k) * 100
dd = Dd()
dd['a'] = 1
print(dd['a'], dict.__repr__(dd))
class Base:
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, tag='t'):
    pass
class GrandChild(Child):
    def __init_subclass__(cls):
        super().__init_subclass__(x=1)
class GGC(GrandChild):
    pass
class NewS:
    def __new__(cls, *a):
        print('NewS.__new__', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print('NewS.__init__', a)
NewS(1, 2)
class ST:
    @staticmethod
    def s():
        return super().__repr__
try:
    ST.s()
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(super(B, B))[:36])
