# Integer powers: big results, negative exponents giving floats, three-argument pow with modular inverses, errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for b in [0, 1, -1, 2, -2, 3, 10, -10, 7, 2**40]:
    for e in [0, 1, 2, 3, 10, 33, 64]:
        print(b, e, b ** e)
for b in [1, -1, 2, -2, 3, 10, -7, 2**70]:
    for e in [-1, -2, -3, -10]:
        print(b, e, b ** e)
t(lambda: 0 ** -1)
t(lambda: 0 ** -(2**70))
t(lambda: pow(0, -2))
print(0 ** 0, pow(0, 0), (-1) ** (2**70), (-1) ** (2**70 + 1), 1 ** (2**100))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7), pow(2, 10**20, 10**9 + 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(5, -1, 10**20 + 1), pow(2**100, -3, 10**9 + 7))
print(pow(7, 0, 1), pow(7, 5, 1), pow(7, 0, -1), pow(0, 0, 5), pow(7, 1, 2**64))
t(lambda: pow(2, -1, 4))
t(lambda: pow(0, -1, 5))
t(lambda: pow(3, 4, 0))
t(lambda: pow(3, -1, 0))
t(lambda: pow(3.0, 4, 5))
t(lambda: pow(3, 4.0, 5))
t(lambda: pow(3, 4, 5.0))
t(lambda: pow(3, 4, None))
t(lambda: pow(base=2, exp=5))
t(lambda: pow(2, exp=5, mod=3))
t(lambda: pow(2))
t(lambda: 2 ** 'x')
t(lambda: pow('x', 2))
two = 2
print(2 ** 0.5, two ** -0.5, 4 ** 0.5, (-8) ** (1/3), 10 ** -2, 2.0 ** 3, (-2.0) ** 3, 0.0 ** 0)
t(lambda: 0.0 ** -1)
t(lambda: (-8.0) ** 0.5)
t(lambda: 10.0 ** 400)
t(lambda: 2 ** 10000.0)
print((-8) ** 0.5)
print(len(str(3 ** 1000)), str(7 ** 77))
x = 3
x **= 4
print(x)
print(True ** 2, False ** 0, 2 ** True)
