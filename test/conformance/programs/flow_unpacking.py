# Conformance program flow_unpacking: star-unpacking (UNPACK_EX), walrus,
# chained comparisons, conditional expressions and their errors.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
h, *i, j = (1, 2)
print(a, b, c, d, e, f, g, h, i, j)
(k, *l), m = [1, 2, 3], 4
print(k, l, m)
first, *_, last = iter(range(10))
print(first, last)
for x, *rest in [(1, 2, 3), (4,), "ab"]:
    print(x, rest)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    s, t = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = [1]
except ValueError as e:
    print(e)
try:
    y, z = 5
except TypeError as e:
    print(e)
try:
    aa, *bb = None
except TypeError as e:
    print(e)
def gen():
    yield 1
    yield 2
    yield 3
    yield 4
m1, m2 = gen(), 0
try:
    one, two = gen()
except ValueError as e:
    print(e)
print([*range(3), *"ab", *{"k": 1}], (*[1], 2), {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], sep="-")

# walrus
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
while (item := data.pop()) != 8:
    print("popped", item)
total = 0
print([total := total + x for x in range(4)], total)
def walrus_scope():
    [(inner := 5) for _ in range(1)]
    return inner
print(walrus_scope())

# chained comparisons evaluate each operand once and short-circuit
def val(v):
    print("eval", v)
    return v
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < 2 > 1 == 1 != 2 >= 2 <= 2, 1 < 2 > 5)
print(1 in [1, 2] in [[1, 2]], x is not None is not False)
x = 5
print(0 < x < 10, 0 < x > 10, "a" < "b" < "c")
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(e)
print("yes" if x else "no", "yes" if not x else "no", x if x > 10 else -x)
print(0 or "" or None or [] or "last", 1 and 2 and 3, 1 and 0 and 3, not 0)
print([1, 2] < [1, 3] < [2], (1, 2) == (1, 2) != (2, 1))
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
arr = [0, 1, 2]
idx = 0
idx, arr[idx] = 2, "set"
print(idx, arr)
q1 = q2 = q3 = []
q1.append(1)
print(q2, q3 is q1)
print(a, b, *c, sep="|")
first, second = "too many values"
