# Conformance program refcounts: compared with python3.12 (stdout, stderr, exit code).
import sys
x = [1, 2]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
def two_locals():
    a = [1]
    b = a
    return sys.getrefcount(a)
print(two_locals())
def arg(o):
    return sys.getrefcount(o)
print(arg(x))
c = [x, x]
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
c.pop()
print(sys.getrefcount(x))
print(sys.getrefcount(None), sys.getrefcount(1), sys.getrefcount(True), sys.getrefcount(()), sys.getrefcount(""))
print(sys.getrefcount(1000 + 1), sys.getrefcount(int))
class K:
    pass
k = K()
print(sys.getrefcount(k))
k.self = k
print(sys.getrefcount(k))
t = (x,)
print(sys.getrefcount(x))
s = "not interned string!"
print(sys.getrefcount(s))
