a, b, c = range(3)
first, *rest = [1, 2, 3]
*init, last = "abc"
(p, q), r = (1, 2), 3
def swap(x, y):
    x, y = y, x
    return x, y
def rot(x, y, z):
    x, y, z = z, x, y
    return x
for i, (j, k) in enumerate([(1, 2)]):
    print(i, j, k)
