# Conformance program class_mro: C3 method resolution order, __mro__/__bases__/__base__,
# diamond hierarchies, MRO conflicts and other class-creation errors, type(name, bases, dict).
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B, A.__bases__ == (object,), object.__bases__)
class O: pass
class A_(O): pass
class B_(O): pass
class C_(O): pass
class D_(O): pass
class E_(O): pass
class K1(A_, B_, C_): pass
class K2(D_, B_, E_): pass
class K3(D_, A_): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
for bases in [(A, B), (B, A, C), (A, A)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print(type(e).__name__, e)
class X1(B, C): pass
class Y1(C, B): pass
try:
    class Bad(X1, Y1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4(1): pass
except TypeError as e:
    print(type(e).__name__, e)
T = type('T', (A,), {'x': 1, 'f': lambda self: self.x + 1})
t = T()
print(T.__name__, T.__qualname__, T.__module__, [k.__name__ for k in T.__mro__], t.x, t.f())
print(type(t) is T, type(T) is type, type(type) is type, type(object) is type)
try:
    type('T', A, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('T', (A,), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), issubclass(bool, int), issubclass(int, object))
print(isinstance(D(), A), isinstance(D(), (int, str)), isinstance(3, (str, (int,))), isinstance(True, int))
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 4)
except TypeError as e:
    print(type(e).__name__, e)
class Outer:
    class Inner:
        class Deep: pass
    def method(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().method().__qualname__)
print(Outer.Inner.__name__, Outer.__module__)
print(repr(Outer.Inner), repr(int), repr(type), str(Outer))
print(D.__subclasses__() == [], [k.__name__ for k in A.__subclasses__()])
class WithDoc:
    "docstring here"
print(WithDoc.__doc__, A.__doc__)
print(sorted(k for k in vars(WithDoc) if not k.startswith('__w')))
print(object.__name__, int.__qualname__, int.__module__, type.__name__)
