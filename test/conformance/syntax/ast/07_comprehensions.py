# List, set, dict and generator comprehensions, nested and async.
a = [x for x in range(10)]
b = {x for x in y if x if not x}
c = {k: v for k, v in items.items()}
d = (x * y for x in a for y in b if x)
e = [[y for y in x] for x in m]
f = sum(x for x in a)
g = [x async for x in aiter()]
h = [(x, y) for x, y in pairs]
i = [y := f(x) for x in data]
