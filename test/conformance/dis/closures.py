def outer(a):
    b = 2
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

g = 10
def useg():
    global g
    g = g + 1
    return g
f = lambda x, y=3: x * y + g
