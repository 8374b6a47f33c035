a = 3
b = 4
if a is None:
    print("none")
if a is not None and b:
    print("both")
if not (a in [1, 2, 3]):
    print("not in")
if a == 1 or b != 2 or a >= b:
    print("or")
x = a < b <= 5
if 0 < a < 10:
    print("range")
y = a is b
z = a not in (1, 2)
