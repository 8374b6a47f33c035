# Exact comparisons between ints and floats (including ints beyond 2**53 and huge ints), and hash() of ints and floats as CPython computes it.
vals = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63, 2**64 + 1, 10**20, 10**400, -(10**400)]
fvals = [0.0, -0.0, 1.0, 0.5, -1.5, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e20, 1e300, float('inf'), float('-inf'), float('nan')]
for i in vals:
    for f in fvals:
        print(i < f, i <= f, i == f, i != f, i > f, i >= f, f < i, f == i, f >= i)
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 9007199254740993 < 9007199254740992.0, 10**16 + 1 == 1e16)
print(1 == 1.0, True == 1.0, False == 0.0, 1.0 == True, (1, 2) == (1.0, 2.0), 1 < 1.5 < 2, 0.1 + 0.2 > 0.3)
print(sorted([3, 1.5, 2**60, -0.5, True, 2.0**60, 10**30, 1e30, -(10**30)]))
for x in [0, 1, -1, -2, 2, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), -(2**61) + 1, 2**62, 2**64, 2**100, -(2**100), 10**30, -(10**30) - 7, 12345678901234567890123456789]:
    print(x, hash(x), hash(-x), hash(x) == hash(float(x)) if abs(x) < 2**1000 else '')
for f in [0.0, -0.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 1e300, 3.141592653589793, 2.0**61, 2.0**62, 1e20, -1e20, 2.5e-17, 5e-324, float('inf'), float('-inf'), 1.7976931348623157e308, 123.456, -1.0]:
    print(repr(f), hash(f))
print(hash(True), hash(False), hash(-1), hash(-1.0), hash(-2), {1: 'a', 1.0: 'b', True: 'c'}, {0, 0.0, False, -0.0}, len({2**61 - 1, 0}))
print({1: 'x'}[1.0], {2**70: 1}.get(float(2**70)), {0.5: 1}.get(1/2))
print((1).__hash__(), (1.5).__hash__(), (-1).__hash__())
print(max(1, 1.0), max(1.0, 1), min(2**64, 2.0**64), min(2.0**64, 2**64))
