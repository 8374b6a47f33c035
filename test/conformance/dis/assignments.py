# Augmented assignment to names, attributes and subscripts; del of every
# target kind; global and nonlocal; assert; with several items.
counter = 0


def bump(obj, seq, key):
    global counter
    counter += 1
    obj.total += 1
    obj.inner.value *= 2
    seq[key] -= 3
    seq[key][0] //= 4
    seq[1:2] += [5]
    seq[::2] |= 1
    return counter


def deleting(obj, seq, key):
    a = b = 1
    del a
    del obj.attr, seq[key], seq[1:2]
    del (b, obj.other), [seq[0]]
    global counter
    del counter


def outer():
    x = 0
    y = []

    def inner():
        nonlocal x
        x += 1
        del y[:]
        return x

    return inner


def checks(v, msg):
    assert v
    assert v > 0, msg
    assert isinstance(v, int), f"bad {v!r}"
    return v


def managers(a, b, c):
    with a as x, b as (y, z), c:
        pass
    with a, b:
        return x, y, z
