# Conformance program closures: compared with python3.12 (stdout, stderr, exit code).
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
total = 0
def add(n):
    global total
    total += n
add(5); add(6)
print(total)
def compose(f, g):
    return lambda x: f(g(x))
print(compose(str, abs)(-42), compose(len, str)(12345))
