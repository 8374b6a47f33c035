# round() for ints and floats: ties to even, ndigits positive, zero and negative, huge values, and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 1e16 + 2, 2.0**60, -0.0, 0.0, 1e300, 123.456]:
    print(repr(v), round(v), round(v, None), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (2.5e-5, 5), (1234.5678, -2), (1e-300, 300), (1e-300, 310), (5e-324, 323), (5e-324, 324),
             (1.7976931348623157e308, -308), (1.7976931348623157e308, -309), (1.2345, 1000), (1.2345, -1000), (123.0, -2), (150.0, -2), (250.0, -2), (-250.0, -2)]:
    t(lambda: round(v, n))
t(lambda: round(1.7976931348623157e308, -300))
for v in [0, 5, 15, 25, 35, -25, -35, 1234567, 10**30 + 5 * 10**10, -(10**30) - 5 * 10**10, 149, 150, 151, 250, -150]:
    print(v, round(v), round(v, 2), round(v, -1), round(v, -2), round(v, -11), round(v, -100), type(round(v, -1)).__name__)
print(round(True), round(True, 2), type(round(True)).__name__, type(round(False, -1)).__name__)
t(lambda: round(float('inf')))
t(lambda: round(float('-inf')))
t(lambda: round(float('nan')))
t(lambda: round(float('inf'), 2))
t(lambda: round(float('nan'), 0))
t(lambda: round(1.5, 1.0))
t(lambda: round(1, 'a'))
t(lambda: round('a'))
t(lambda: round())
t(lambda: round(1.5, 2, 3))
t(lambda: round(number=2.5))
t(lambda: round(2.567, ndigits=1))
t(lambda: round(1.5, 2**70))
t(lambda: round(1.5, -(2**70)))
t(lambda: round(None))
print(round(-0.4), round(-0.6), round(0.5000000000000001), round(2**53 + 1.0), round(-(2.0**70)))
