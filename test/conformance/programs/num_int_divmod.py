# Integer floor division, modulo and divmod with CPython's signs, on small and big ints, and their errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

vals = [7, -7, 3, -3, 1, -1, 0, 10**20, -(10**20), 2**53 + 1, -(2**53) - 1, 2**64 - 1]
divs = [1, -1, 2, -2, 3, -3, 7, -7, 10**9 + 7, -(10**19), 2**63]
for a in vals:
    for b in divs:
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(0, 5), divmod(-0, -5))
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 10**30 // 0)
t(lambda: 10**30 % 0)
t(lambda: 1 / 0)
t(lambda: 10**30 / 0)
t(lambda: 0 / 0)
print(7 / 2, -7 / 2, 1 / 3, 10**30 / 10**10, 2**1000 / 2**998, (2**53 + 1) / 1)
print(10**400 // 10**398, -(10**400) // 7 % 1000)
t(lambda: 10**400 / 3)
t(lambda: 2**1100 / 2**20)
print(2**1100 // 2**1050, (2**1100) / (2**1050))
print(1 // True, True % 2, divmod(True, True))
x = 17
x //= -5
print(x)
x %= 3
print(x)
t(lambda: divmod(1, 'a'))
t(lambda: divmod())
t(lambda: 5 // 'x')
t(lambda: 'x' % ())
print(divmod(7, 2.0), divmod(-7, 2.5), divmod(7.5, -2))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
print(-1 // 2**70, -1 % 2**70, 2**70 // -1, -(2**70) % 3)
print(3 // 2**200, -3 // 2**200)
