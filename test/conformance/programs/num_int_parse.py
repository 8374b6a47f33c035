# int() from strings in every base (prefixes, underscores, whitespace, signs), from floats, and their error messages.
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['0', '-0', '+17', '  42  ', '\t-9\n', '1_000', '1_0_0', '007', '0_0', '00', '١٢٣', '12', '0x1f', '1e3', '', ' ', '-', '_1', '1_', '1__0', '+-1', '1 2', '٣.٠']:
    t(lambda: int(s))
for s, b in [('ff', 16), ('FF', 16), ('0xff', 16), ('0XfF', 0), ('0o17', 0), ('0b101', 0), ('0b_101', 0), ('0x_f', 16), ('z', 36), ('Z', 36),
             ('10', 2), ('12', 2), ('777', 8), ('8', 8), ('0o7', 8), ('0b1', 2), ('0b1', 16), ('-0x10', 0), ('  +0b11  ', 0),
             ('010', 0), ('0', 0), ('00', 0), ('0_0', 0), ('1_000', 0), ('9', 0), ('0x', 16), ('0x', 0), ('1__1', 0), ('zz', 35), ('10', 37), ('10', 1), ('10', -1)]:
    t(lambda: int(s, b))
for b in range(2, 37):
    print(b, int('10', b), int('z'[:1] if b == 36 else str(b - 1 if b <= 10 else 'abcdefghijklmnopqrstuvwxyz'[b - 11]), b))
t(lambda: int('1', base=10))
t(lambda: int(x='1'))
t(lambda: int(5, 10))
t(lambda: int(5.5, 10))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int('5', '10'))
t(lambda: int('5', 2.0))
t(lambda: int(1, 2, 3))
for f in [0.0, -0.0, 3.7, -3.7, 1e20, -1e20, 1.5e300, 2.0**53 + 2, 0.9999999999999999]:
    t(lambda: int(f))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
t(lambda: int(True))
t(lambda: int(False))
t(lambda: int('9' * 4300) % 10)
t(lambda: int('9' * 4301))
t(lambda: int('-' + '9' * 4301))
t(lambda: str(10 ** 4300))
t(lambda: len(str(10 ** 4299)))
t(lambda: repr(-(10 ** 4300)))
t(lambda: int('f' * 5000, 16) % 7)
t(lambda: hex(10 ** 5000)[:10])
print(sys.get_int_max_str_digits())
t(lambda: int('12345678901234567890123456789012345678901234567890'))
t(lambda: int('-0b' + '1' * 100, 0))
t(lambda: int('1' * 64, 2) == 2**64 - 1)
t(lambda: int("1'2"))
t(lambda: int('\u0663\u0661'))
t(lambda: int(' \u00a012\u2003'))
