# float repr/str (shortest round-trip digits) at every edge, and float() parsing from strings with its errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0, 1e17, 123456789012345678.0,
        1e-4, 1e-5, 0.0001, 0.00001, 1.5e-5, 1e22, 1e23, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 100.0, 1234567.0, 0.5, 2.5, 1e100, 1.25e-300, 3.141592653589793, 2**53 + 0.0,
        2.0**63, 2.0**64, 1e-7, 123e-20, 4.35, 0.3, 100000000000000000000.0, 1e21, 1.0e15 + 0.3]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, -0.0, 1e16], (1e-5,), {1.5: 2.5})
for s in ['1', '1.5', '-1.5', '+.5', '5.', '.5e3', '1e-3', '1E+3', '  3.25\n', '1_000.5', '1_0e1_0', 'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'nan', '-nan', 'NaN',
          '0x10', '1e400', '-1e400', '1e-400', '12345678901234567890', '0.1000000000000000055511151231257827', '4.9e-324', '2.4703282292062328e-324',
          '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308', '', ' ', 'abc', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '1._5', '1_.5', '- 1', 'in f', 'infinit', 'nan(1)', '١.٥', '1\x00']:
    t(lambda: float(s))
t(lambda: float(None))
t(lambda: float([1]))
t(lambda: float(x=1))
t(lambda: float(1, 2))
t(lambda: float(10**400))
t(lambda: float(2**1024 - 2**970))
t(lambda: float(2**1024 - 2**970 - 1))
t(lambda: float(2**53 + 1))
t(lambda: float(-(2**64) - 1))
t(lambda: float(True))
t(lambda: float())
print(float('1' * 400 + 'e-390'), float('0.' + '0' * 400 + '1e400'))
print(1e16 == 10**16, 0.1 * 3, 1 - 0.9, 100 * 1.1, 1.1 * 1.1, 0.1 ** 2, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(str(1e16), str(-1e-5), '%r' % 0.1, '%s' % 1e22)
