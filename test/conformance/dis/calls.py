def f(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
f(1, 2, 3, c=5)
f(1, c=2, d=3)
f(*[1, 2], c=3)
f(1, **{'c': 3})
f(1, *(2, 3), c=4, **{'d': 5})
obj = object()
obj.__str__()
print("x", end="")
print(len("abc"), abs(-3))
