def f(m):
    a = [[i * j for j in range(m)] for i in range(m)]
    b = [x for x in range(10) if x % 2 if x > 3]
    c = [y for x in a for y in x]
    d = {x: [x] for x in range(3)}
    e = [lambda: x for x in range(3)]
    g = list(x for x in range(3))
    h = [z for z in [m]]
    return a, b, c, d, e, g, h
res = [n for n in range(5)]
