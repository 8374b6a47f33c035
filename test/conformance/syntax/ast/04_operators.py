# Arithmetic, bitwise, comparison and boolean operators with precedence.
x = 1 + 2 - 3 * 4 / 5 // 6 % 7 @ m ** 2 ** 3
y = -x + +x - ~x
z = a << 1 >> 2 & 3 | 4 ^ 5
w = a < b <= c > d >= e == f != g
v = a in b not in c is d is not e
u = not a and b or c and not d
t = (a + b) * (c - d)
s = a if b else c if d else e
r = -1 ** 2
q = await_ = 1
