# Chained comparisons, conditional expressions in odd places, star-args
# calls, dict/set displays with unpacking, slices, lambdas with defaults.
def chains(a, b, c, d):
    if a < b < c:
        return a == b != c
    return 0 <= a < b <= c < d, a is b is not c, a in b not in c


def conditional(x, y, z):
    f = (lambda: x) if y else (lambda: z)
    v = [x if x else y for x in (y if z else x)]
    print(x if y else z, *(y if z else [x]), sep=(" " if x else ","))
    return {(x if y else z): (y if x else z)}, f, v


def calls(f, args, kwargs, *rest, **opts):
    f(*args)
    f(*args, **kwargs)
    f(1, *args, 2, *rest, k=3, **kwargs, **opts)
    f(a=1, **kwargs)
    f(*args, *rest)
    return f(**{"x": 1}, y=2)


def displays(a, b, c):
    d = {**a, "k": 1, **b, c: 2}
    s = {*a, 1, *b}
    l = [*a, *b, 3]
    t = (*a, 1)
    e = {}
    st = set()
    return d, s, l, t, e, st, {1: 2, 3: 4}, {1, 2, 3}, [1, 2, 3]


def slices(s, i, j):
    a = s[i:j]
    b = s[::2]
    c = s[i:]
    d = s[:j:-1]
    s[i:j] = a
    s[::2] = b
    del s[i:j]
    del s[::3]
    return a, b, c, d, s[i, j], s[i:j, ::2]


def lambdas(k=1):
    f = lambda x, y=k, *a, z=2, **kw: (x, y, a, z, kw)
    g = lambda: (yield)
    h = lambda *, q=[k]: q
    return f, g, h
