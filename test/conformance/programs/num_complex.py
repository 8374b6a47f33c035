# complex: literals, constructor from numbers and strings, arithmetic, repr, abs, conjugate, attributes, comparisons and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [1j, 2 + 3j, -1.5 - 0.5j, 0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e300 + 1e-300j, complex(float('inf'), float('nan')), 3 + 0j, 1e16j, 0.1 + 0.2j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z != complex(float('inf'), float('nan')) else 'x')
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a == b, a != b, a == 3 + 4j, abs(a), a ** 2, a ** 0.5, a ** b, a ** 0, 0j ** 0, 2 ** a, (1j) ** 2, a ** -1)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, a == 3, (3 + 0j) == 3, (3 + 0j) == 3.0, 1j * 1j, (1 + 1j) ** 3, (2j) ** 10)
print(complex(), complex(1), complex(1.5, 2), complex(1, 2j), complex(1j, 2j), complex(True), complex(2**60), complex(-0.0), complex(0.0, -0.0))
for s in ['1+2j', ' 1-2J ', '(3+4j)', 'j', '-j', '+1j', '1e3j', '1.5', '-2.5e-3-1.5e+3j', 'inf+nanj', '-infj', '1_000+2_0j', '(1)', ' ( 2j ) ',
          '', '1+', '1+2', 'j1', '1 + 2j', '(1+2j', '1+2jj', 'abc', '1+2j)']:
    t(lambda: complex(s))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex(None))
t(lambda: complex([]))
t(lambda: 1j < 2j)
t(lambda: 1j > 1)
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: divmod(1j, 2))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: a / 0)
t(lambda: a / 0j)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: round(1j))
t(lambda: 1j + 'a')
t(lambda: 10 ** 400 + 1j)
t(lambda: complex(1e308, 1e308) * 10)
print(hash(1j), hash(3 + 0j) == hash(3), hash(complex(1.5, -2.5)), hash(0j), hash(1 + 0j) == hash(1))
print(bool(0j), bool(1j), bool(complex(0, 0.0)), (1 + 2j).real.is_integer(), type(1j).__name__, type(1j.real).__name__)
print(repr(complex(1, 1e-20)), repr(complex(123456789012345678, 1)), repr(complex(1e-5, -1e22)), repr(-(1j)), repr(1 - 1j * 0), complex(2, 0) - 2)
print((1 + 2j).__add__(1), (1 + 2j).__mul__(1j), (1 + 2j).__rsub__(1), (1 + 2j).__eq__(1), (1 + 2j).__abs__(), (1 + 2j).__neg__())
print(f'{1 + 2j}', f'{1.5 - 2j:.2f}', format(3j, '>10'), format(1 + 1j, 'e'), format(complex(1, -1), '+.1f'), format(-0j, ''))
z = 1 + 1j
z += 1
z *= 1j
z -= 2
z /= 2j
print(z)
