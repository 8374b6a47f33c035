a, b = 1, 2
a, b = b, a
x = [*range(3), 4]
y = {**{'a': 1}, 'b': 2}
print(*x, sep="-", **y)
c = a if a > b else b
d = a and b or c
e = not a
f = 1 < a < 3
z = f"{a!r:>10} and {b}"
del a
n = -5
m = 2 ** 10
q = (1, 2, 3)
w = x[1:2]
x[0] += 1
i = 0
while True:
    i += 1
    if i > 5:
        break
    if i % 2:
        continue
for k in [1, 2, 3]:
    pass
else:
    print("done")
