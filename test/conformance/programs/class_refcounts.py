# Conformance program class_refcounts: the references a class holds and gets (its __mro__ tuple,
# __bases__, tp_base, the __dict__/__weakref__ and slot descriptors, each instance) as sys.getrefcount shows.
import sys
class A: pass
print(sys.getrefcount(A))
a = A()
print(sys.getrefcount(A), sys.getrefcount(a))
class B(A): pass
print(sys.getrefcount(A), sys.getrefcount(B))
b = B(); b2 = B()
print(sys.getrefcount(B))
class S:
    __slots__ = ('x',)
print(sys.getrefcount(S))
s = S(); s.x = 'v'
del s
e = ValueError('x')
print(sys.getrefcount(e), sys.getrefcount(ValueError))
try:
    raise e
except ValueError:
    pass
print(sys.getrefcount(e))
