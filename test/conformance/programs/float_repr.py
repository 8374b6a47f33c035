# Conformance program float_repr: compared with python3.12 (stdout, stderr, exit code).
vals = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 1e16, 1e15, 123456789.123, 1e-4, 1e-5, 1.5e-10, 1e22, 1e100,
        2.0 ** 0.5, 1 / 3, 2 / 3, 100.0, 1e300 * 1e10, -1e300 * 1e10, 3.141592653589793, 0.30000000000000004]
for v in vals:
    print(v, repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), float('1e5'), float(' 2.5 '), float(7))
print(7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 10, 10 / 4, 1e308 * 10)
print(round(3.14159, 2), round(2.675, 2), round(-0.5), round(0.5), round(1.5), int(1e20))
print(0.1 + 0.2 == 0.3, abs(-2.5), divmod(7.5, 2), 3 * 1.1, 1.1 + 2.2)
print(float(10 ** 20), 1e16 + 1, 5e-324, 1.7976931348623157e308)
