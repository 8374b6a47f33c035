# Conformance program class_descriptors: property (getter/setter/deleter, decorator chains,
# errors), classmethod, staticmethod, user descriptors (data vs non-data precedence), __set_name__.
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        print('get x')
        return self._x
    @x.setter
    def x(self, v):
        print('set x', v)
        self._x = v
    @x.deleter
    def x(self):
        print('del x')
        del self._x
    @property
    def ro(self):
        return 42
p = P()
p.x = 5
print(p.x)
del p.x
print(hasattr(p, '_x'), P.x.__doc__, type(P.x).__name__, P.x.fget.__name__, P.ro.fset)
try:
    p.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.ro
except AttributeError as e:
    print(type(e).__name__, e)
class Q:
    def getv(self): return 'v'
    def setv(self, v): print('setv', v)
    v = property(getv, setv, None, 'doc of v')
    w = property()
q = Q()
q.v = 3
print(q.v, Q.v.__doc__)
try:
    q.w
except AttributeError as e:
    print(type(e).__name__, e)
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    count = 0
    @classmethod
    def make(cls, n):
        return (cls.__name__, n)
    @staticmethod
    def st(a, b=2):
        return a + b
class D(C): pass
print(C.make(1), D.make(2), D().make(3), C.st(1), C().st(1, 5), D.st(a=3))
print(type(C.__dict__['make']).__name__, type(C.__dict__['st']).__name__)
print(C.__dict__['st'].__func__ is C.st, C.__dict__['make'].__func__.__name__)
print(C.make.__self__ is C, D().make.__self__ is D)
sm = staticmethod(len)
print(sm('abc'), callable(sm))
class Verbose:
    def __init__(self, name=None):
        self.name = name
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'default')
    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value * 2
class NonData:
    def __get__(self, obj, objtype=None):
        return ('nondata', obj is None, objtype.__name__)
class Host:
    a = Verbose()
    b = Verbose()
    nd = NonData()
h = Host()
print(h.a, Host.a.name, Host.b.name)
h.a = 10
print(h.a, h.__dict__)
h.__dict__['a'] = 'shadow'
print(h.a)
print(h.nd, Host.nd)
h.nd = 'instance wins'
print(h.nd)
del h.nd
print(h.nd)
class Del:
    def __get__(self, obj, t=None): return 'got'
    def __delete__(self, obj): print('delete called')
class H2:
    d = Del()
h2 = H2()
del h2.d
try:
    h2.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Meth:
    def f(self): return 1
m = Meth()
print(Meth.f(m), m.f.__func__ is Meth.f, m.f.__self__ is m, m.f == m.f, m.f is m.f)
bound = Meth.__dict__['f'].__get__(m, Meth)
print(bound(), Meth.__dict__['f'].__get__(None, Meth) is Meth.f)
class Sub(property):
    pass
class UsesSub:
    @Sub
    def z(self): return 'z!'
print(UsesSub().z, type(UsesSub.z).__name__)
class Cached:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class UC:
    @Cached
    def val(self):
        print('computing')
        return 7
u = UC()
print(u.val, u.val)
class CP:
    @classmethod
    @property
    def cp(cls):
        return 'cp of ' + cls.__name__
print(CP.cp)
p2 = property(lambda s: 1)
print(p2.getter(lambda s: 2) is p2, p2.fget(None), p2.setter(None).fset)
