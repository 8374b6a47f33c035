x = 1
y = x + 2 * 3
print(x, y)
def f(a, b=2):
    return a + b
if x < y:
    z = f(x)
else:
    z = -1
while x < 10:
    x += 1
for i in range(3):
    print(i)
lst = [1, 2, 3]
d = {'a': 1, 'b': x}
t = (x, y)
print(lst[0], d['a'], t[1:])
print(sum(x*x for x in range(10)))
