# Simple statements: pass, del, assert, global, nonlocal, return, raise.
def f():
    global a, b
    x = 1
    def g():
        nonlocal x
        x = 2
    del x
    del a[0], b.c, (d, e), [f]
    assert x
    assert x, 'message'
    raise
    raise E
    raise E from None
    return 1, 2
    return *a, b
x = 1; y = 2;
