# Shifts and bitwise operators on ints of every size and sign, and the errors of negative shift counts.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 5, -5, 255, -256, 2**31, -(2**31), 2**32 - 1, 2**53, -(2**53), 2**64 + 3, -(2**64) - 3, 12345678901234567890]
for a in vals:
    for b in [0, 1, -1, 6, -7, 2**40 + 1, -(2**70) + 5]:
        print(a & b, a | b, a ^ b)
    print(~a, -a, +a, abs(a))
for a in [1, -1, 3, -3, 2**52, -(2**52) - 1, 2**100]:
    for s in [0, 1, 2, 31, 32, 33, 52, 53, 63, 64, 65, 100, 200]:
        print(a, s, a << s, a >> s)
print(1 << 1000 >> 999)
print(-1 >> 10**20, 5 >> 10**20, 0 << 10**20)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 2**100 << -2)
t(lambda: 2**100 >> -(2**100))
t(lambda: 1 << 'a')
t(lambda: 1.0 << 1)
t(lambda: 1 & 1.0)
t(lambda: ~1.5)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(~True, ~False, True << 3, -True)
x = 6
x <<= 2
x |= 1
x &= 0b11101
x ^= 0xff
x >>= 1
print(x)
