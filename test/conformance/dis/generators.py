def gen(n):
    for i in range(n):
        yield i * 2
    yield from range(3)
    return 5

def listy(xs):
    return [x + 1 for x in xs if x > 0]

s = {x for x in range(5)}
d = {k: v for k, v in zip("ab", [1, 2])}
g = (y for y in range(4))
