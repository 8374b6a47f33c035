# float methods (is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag), float arithmetic corners and zero-division messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.0**60, 1/3, 123.456, 1e16, 0.5]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), v.conjugate(), v.real, v.imag, float.fromhex(v.hex()) == v)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.is_integer(), v.hex(), v.real)
    t(lambda: v.as_integer_ratio())
for s in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', '0X1P+3', '0x.8p0', '0x10', '1', 'inf', '-infinity', 'nan', ' 0x1p0 ', '0x1.8',
          '0x1p-1075', '0x1p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p1024', '0x', '0x1p', 'g', '0x1.p1', '0x1.0p-1022', '0x3p-1076']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(1))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (0.0, 3), (-0.0, 3), (5, 0.5), (1e16, 3.0), (3.0, float('inf')), (-3.0, float('inf')), (float('inf'), 3.0)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: 1 / 0.0)
t(lambda: 1 // 0.0)
t(lambda: 1 % 0.0)
t(lambda: divmod(1.0, 0.0))
t(lambda: 0.0 / 0.0)
t(lambda: 10 ** 400 + 1.0)
t(lambda: 1.0 + 10 ** 400)
t(lambda: 10 ** 400 * 0.5)
t(lambda: 1.5 + 'a')
t(lambda: 'a' * 1.5)
t(lambda: [1] * 2.0)
print(float('inf') - float('inf'), float('inf') * 0, -float('nan'), abs(-0.0), -(0.0), 0.0 * -1, float('inf') / float('inf'))
print(1e308 + 1e308, -1e308 * 10, 2.0 ** 1023 * 2, 1e-323 / 2, 1e-323 * 0.1)
print(0.1 + 0.2 == 0.3, 1.0 == 1, 0.5 + 0.25, 3 * 0.1, 1.1 - 1, 7.0 // 0.1, 7.0 % 0.1)
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (2.0).__int__(), (2.5).__float__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__('x'), (1.5).__eq__(1.5), (1.5).__mul__(2), (1.5).__pow__(2), (1.5).__neg__(), (1.5).__abs__(), (0.0).__bool__())
print(float.__name__, type(1.0).__name__)
x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 2
x //= 0.5
x **= 2
x %= 7
print(x)
