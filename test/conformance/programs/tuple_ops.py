# Conformance program tuple_ops: compared with python3.12 (stdout, stderr, exit code).
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z, t.index(2), t.count(1), (1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
print(hash(()), hash((1, 2)), hash((1, "a", None)) == hash((1, "a", None)), hash((-1,)))
print(1 in t, 5 not in t, max(t), min(t), sum(t), sorted((3, 1, 2)))
