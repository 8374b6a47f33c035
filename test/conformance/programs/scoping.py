# Conformance program scoping: compared with python3.12 (stdout, stderr, exit code).
x = 1
def f():
    x = 2
    def g():
        return x
    return g()
print(f(), x)
def h():
    return x
x = 10
print(h())
class C:
    y = 5
    z = [y * i for i in range(3)] if False else None
    def m(self):
        return C.y
print(C().m(), C.z)
