# Every assignment form: chained, unpacking, augmented, annotated.
a = b = c = 1
a, b = b, a
[a, b] = c
a, *b, c = d
(a, b), c = x
x.y = 1; x[0] = 2; x[1:2] = [3]
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2
a @= m; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
x: int
y: int = 5
(z): str = 'a'
obj.attr: list[int] = []
d['k']: float
v = yield_ = 3
