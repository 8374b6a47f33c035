# int methods and attributes: bit_length, bit_count, as_integer_ratio, conjugate, real/imag/numerator/denominator, is_integer, hex/oct/bin, abs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, 2**31 - 1, 2**53, 2**53 + 1, -(2**64), 2**100 - 1, 12345678901234567890123]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
    print(hex(n), oct(n), bin(n), abs(n), n.is_integer())
print(True.bit_length(), True.real, False.imag, True.numerator, True.as_integer_ratio(), type(True.real).__name__)
print(int.bit_length(10), int.bit_count(-7), int.conjugate(5))
t(lambda: (5).bit_length(1))
t(lambda: hex(1.5))
t(lambda: oct('7'))
t(lambda: bin(None))
t(lambda: hex())
t(lambda: abs('x'))
t(lambda: abs())
print(abs(-0), abs(-2**70), abs(True), type(abs(True)).__name__)
print((255).__index__(), (10).__int__(), (10).__float__(), (3).__trunc__(), (3).__floor__(), (3).__ceil__(), (3).__round__(), (1234).__round__(-2))
print((5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((7).__add__(3), (7).__sub__(3), (7).__mul__(3), (7).__floordiv__(2), (7).__mod__(3), (7).__pow__(2), (7).__truediv__(2))
print((7).__radd__(3), (7).__rsub__(3), (7).__lshift__(2), (7).__rshift__(1), (7).__and__(3), (7).__or__(8), (7).__xor__(1))
print((7).__add__(1.5), (7).__eq__(7.0), (7).__lt__(8), (7).__divmod__(2), (7).__rdivmod__(30), (7).__pow__(2, 5))
print((7).__format__('04d'), (7).__sizeof__(), (2**100).__sizeof__())
print(int.__name__, int.__qualname__, type(5).__name__)
print(int('5').real.imag)
