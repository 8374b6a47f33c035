x = 1
assert x
assert x == 1, "x must be one"
del x
def f(a):
    assert a, f"bad {a}"
    del a
    return 1
y = z = 0
