# Conformance program class_meta: metaclasses (__new__, __init__, __call__, __prepare__),
# metaclass inheritance and conflicts, __init_subclass__, __set_name__ order, __class_getitem__,
# __instancecheck__ / __subclasscheck__, class attributes via the metaclass, type.__call__ details.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, [b.__name__ for b in bases], kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('call', cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __getattr__(cls, name):
        return 'meta getattr ' + name
    def meta_method(cls):
        return 'meta method of ' + cls.__name__
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0):
        self.v = v
a = A(5, )
print(type(A).__name__, A.tag, A.injected, a.v, A.missing, A.meta_method())
print(hasattr(a, 'meta_method'), isinstance(A, Meta), type(a).__name__)
class B(A):
    y = 2
print(type(B).__name__, B.tag)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class XY(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class Z(metaclass=M3): pass
class XZ(X, Z): pass
print(type(XZ).__name__)
def func_meta(name, bases, ns):
    print('func_meta', name, bases)
    return 42
class NotAClass(metaclass=func_meta):
    pass
print(NotAClass)
class Base:
    def __init_subclass__(cls, /, color=None, **kw):
        print('init_subclass', cls.__name__, color, kw)
        cls.color = color
class Red(Base, color='red'): pass
class Blue(Red): pass
print(Red.color, Blue.color)
try:
    class Bad(Base, shape='round'): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(object, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name, hasattr(owner, 'done'))
class Owner(Base):
    d1 = Desc()
    d2 = Desc()
class Gen:
    def __class_getitem__(cls, item):
        return ('alias', cls.__name__, item)
print(Gen[int], Gen[int, str])
try:
    A[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], type(list[int]).__name__)
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenCheck(metaclass=Even): pass
print(isinstance(4, EvenCheck), isinstance(3, EvenCheck), isinstance('a', EvenCheck))
print(issubclass(bool, EvenCheck), issubclass(int, EvenCheck), isinstance(EvenCheck(), EvenCheck))
print(isinstance(4, (str, EvenCheck)), issubclass(bool, (str, EvenCheck)))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self):
        print('One init')
print(One() is One())
class NewReturnsOther:
    def __new__(cls):
        return 7
    def __init__(self):
        print('never')
print(NewReturnsOther())
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
for args in [(1,), ()]:
    try:
        NoInit(*args)
        print('ok', args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    NoInit(k=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *a):
        super().__init__()
print(type(OnlyInit(1)).__name__)
class BadNew:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
try:
    BadNew(1)
except TypeError as e:
    print(type(e).__name__, e)
class BadInit:
    def __init__(self, *a):
        object.__init__(self, *a)
try:
    BadInit(1)
except TypeError as e:
    print(type(e).__name__, e)
MyType = Meta('MyType', (), {'q': 1})
print(MyType.q, MyType.tag, type(MyType).__name__)
print(type.__call__(A, 3).v)
class Counter(type):
    count = 0
    def __new__(m, n, b, ns):
        m.count += 1
        return super().__new__(m, n, b, ns)
class C1(metaclass=Counter): pass
class C2(C1): pass
print(Counter.count, C2.count)
print(type(type), type.__class__, Meta.__mro__[1] is type)
class K: pass
k = K()
class K2: pass
k.__class__ = K2
print(type(k).__name__, isinstance(k, K2))
try:
    k.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = K
except TypeError as e:
    print(type(e).__name__, e)
