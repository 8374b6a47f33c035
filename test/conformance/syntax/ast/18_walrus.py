# Assignment expressions where the grammar allows them.
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
print(y := 5)
data = [y for x in z if (y := f(x))]
f(a, b := 2)
a[b := 1]
x = (y := 1)
s = {(z := 3)}
