# Lambdas with every parameter kind.
f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=1, *a, z, **k: (x, y, a, z, k)
i = lambda a, /, b: a
j = lambda *, k=1: k
k = lambda *a: a
l = (lambda: (yield))
