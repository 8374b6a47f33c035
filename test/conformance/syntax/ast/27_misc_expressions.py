# Starred expressions, conditional chains, slices and attribute chains.
*a, b = c
print(*args, sep='')
x = [*a, *b]
y = {**a}
z = a[1:2, ...]
w = a.b.c.d(e).f[g].h
v = not not x
u = (yield_ for yield_ in z)
t = a if b else (c if d else e)
s = x[lambda: 1]
r = ...
