def g():
    x = yield 1
    y = yield
    yield from g2()
    return x + y
def g2():
    try:
        yield 1
    finally:
        print("closing")
def gen_in_class():
    class C:
        def m(self):
            yield self
    return C
total = sum(x * x for x in range(10))
