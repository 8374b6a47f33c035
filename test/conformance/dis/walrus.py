data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
def f(xs):
    return [y for x in xs if (y := x * 2) > 2]
while (chunk := data.pop()) != 1:
    print(chunk)
