# Conformance program big_ints: compared with python3.12 (stdout, stderr, exit code).
a = 2 ** 64
print(a, a - 1, a * a, -a, a // 3, a % 7, a >> 10, a << 3)
print(2 ** 53, 2 ** 53 + 1, 9007199254740993 - 2, 9007199254740992 * 2)
print(10 ** 30 // 7, -(10 ** 30) // 7, (10 ** 30) % -7)
print(123456789 * 987654321, 123456789012345678 * 98765)
f = 1
for i in range(1, 30):
    f *= i
print(f)
print(a == 2 ** 64, a > 2 ** 63, hash(2 ** 61) , hash(-1), hash(2 ** 70))
print(int('123456789012345678901234567890'), str(2 ** 100), len(str(3 ** 200)))
print((2 ** 64) / 2, 2 ** 64 & 0xFFFF, (2**64) | 1, (2**65) ^ (2**64))
