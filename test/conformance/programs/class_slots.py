# Conformance program class_slots: __slots__ (no __dict__ unless listed, member descriptors,
# AttributeError messages, inheritance with and without slots, conflicts with class variables).
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
s = S(1)
print(s.x, hasattr(s, '__dict__'), hasattr(s, 'y'), type(S.x).__name__, S.__slots__)
try:
    s.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s.y
except AttributeError as e:
    print(type(e).__name__, e)
s.y = 2
print(s.y)
del s.y
print(hasattr(s, 'y'))
try:
    vars(s)
except TypeError as e:
    print(type(e).__name__, e)
print(S.x.__get__(s, S), S.x.__name__, S.x.__objclass__ is S)
S.x.__set__(s, 10)
print(s.x)
class One:
    __slots__ = 'only'
o = One()
o.only = 'yes'
print(o.only, One.__slots__)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
class Sub(S):
    pass
sb = Sub(3)
sb.extra = 'ok'
print(sb.x, sb.extra, vars(sb))
class SubSlots(S):
    __slots__ = ('z',)
ss = SubSlots(4)
ss.z = 5
print(ss.x, ss.z, hasattr(ss, '__dict__'))
try:
    ss.q = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ('not valid',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 's'
    def get(self):
        return self.__secret
print(Priv().get(), [k for k in vars(Priv) if 'secret' in k])
class Weak:
    __slots__ = ('__weakref__',)
print(hasattr(Weak(), '__dict__'), '__weakref__' in vars(Weak))
class Ro:
    __slots__ = ('v',)
try:
    Ro.v.__set__(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(sorted(k for k in vars(S) if not k.startswith('__') or k == '__slots__'))
print(repr(S.x)[:20])
class Named:
    __slots__ = ['p', 'q']
n = Named()
n.p = 1
print(n.p, Named.__slots__, type(Named.p).__name__)
