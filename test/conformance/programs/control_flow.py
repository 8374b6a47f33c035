# Conformance program control_flow: compared with python3.12 (stdout, stderr, exit code).
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
else:
    print("no break")
for i in range(3):
    pass
else:
    print("loop finished")
n = 0
while n < 5:
    n += 1
print(n)
while True:
    n -= 1
    if n == 2:
        break
print(n)
x = 5
print("big" if x > 3 else "small", x > 3 and x < 10, x < 3 or x == 5, not x, None or 0 or "last")
if x == 1:
    print("one")
elif x == 5:
    print("five")
else:
    print("other")
for i, ch in enumerate("abc", 1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(filter(None, [0, 1, 2])), list(map(abs, [-1, -2])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
