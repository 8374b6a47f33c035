sq = lambda x: x * x
add = lambda a, b=2, *, c=3: a + b + c
items = sorted([3, 1, 2], key=lambda v: -v)
g = lambda: (yield)
print(sq(3), add(1), items)
