# Constants of one file are one object each (the compiler merges equal
# constants), and while the main program runs its parse tree holds one more
# reference to each: sys.getrefcount shows both.
import sys

x = 300
y = 300


def f():
    return 300


print(x is y, x is f(), sys.getrefcount(x))

t = (1, 2, 3)
print(sys.getrefcount(t))
u = [3, 1, 4]
print(sys.getrefcount(u))
s = "hello world"
print(sys.getrefcount(s))
fl = 2.5
print(sys.getrefcount(fl), sys.getrefcount(-7.25), sys.getrefcount(1e300))


def g():
    z = 301
    return sys.getrefcount(z)


print(g())
n = -1000
print(sys.getrefcount(n))
big = 2 ** 100
print(sys.getrefcount(big))
