name = "world"
n = 3.14159
s = f"hello {name}"
t = f"{n:.2f} {n!r} {name!s:>{10}} {name!a}"
u = f"plain"
v = f"{name}{name}"
w = f"{n=}"
