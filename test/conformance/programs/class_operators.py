# Conformance program class_operators: arithmetic dunders and their reflected forms (the right
# operand's subclass goes first), NotImplemented, in-place operators with fallback, unary
# operators, __index__/__int__/__float__, pow, and the TypeError messages when nothing applies.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'V({self.n})'
    def __add__(self, o):
        print('V.__add__')
        return V(self.n + (o.n if isinstance(o, V) else o)) if isinstance(o, (V, int)) else NotImplemented
    def __radd__(self, o):
        print('V.__radd__')
        return V(o + self.n) if isinstance(o, int) else NotImplemented
    def __sub__(self, o): return V(self.n - o)
    def __rsub__(self, o): return V(o - self.n)
    def __mul__(self, o): return V(self.n * o)
    def __rmul__(self, o): return ('rmul', o)
    def __truediv__(self, o): return ('truediv', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __floordiv__(self, o): return ('floordiv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __mod__(self, o): return ('mod', o)
    def __rmod__(self, o): return ('rmod', o)
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __lshift__(self, o): return ('lshift', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rshift__(self, o): return ('rshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __and__(self, o): return ('and', o)
    def __rand__(self, o): return ('rand', o)
    def __or__(self, o): return ('or', o)
    def __ror__(self, o): return ('ror', o)
    def __xor__(self, o): return ('xor', o)
    def __rxor__(self, o): return ('rxor', o)
    def __matmul__(self, o): return ('matmul', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __neg__(self): return V(-self.n)
    def __pos__(self): return ('pos', self.n)
    def __abs__(self): return ('abs', self.n)
    def __invert__(self): return ('invert', self.n)
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
v = V(3)
print(v + 1, 1 + v, v + v, v - 1, 10 - v, v * 2, 2 * v)
print(v / 2, 2 / v, v // 2, 2 // v, v % 2, 2 % v, v ** 2, 2 ** v)
print(v << 1, 1 << v, v >> 1, 1 >> v, v & 1, 1 & v, v | 1, 1 | v, v ^ 1, 1 ^ v, v @ 1, 1 @ v)
print(-v, +v, abs(v), ~v, divmod(v, 2), divmod(2, v))
try:
    v + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x' + v
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.radd'
class Derived2(Base):
    pass
print(Base() + Derived(), Derived() + Base(), Base() + Derived2(), 1 + Base())
class IntSub(int):
    def __radd__(self, o):
        return 'IntSub.radd'
    def __rsub__(self, o):
        return NotImplemented
print(1 + IntSub(2), IntSub(2) + 1, 5 - IntSub(1))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self):
        return f'Acc{self.items}'
a = Acc()
orig = a
a += 1
a += 2
print(a, a is orig)
class NoIadd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoIadd(self.n + o)
b = NoIadd(1)
b0 = b
b += 5
print(b.n, b is b0)
class IaddNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fell back to add'
c = IaddNI()
c += 1
print(c)
x = [1]
y = x
x += [2]
print(x is y, x)
t = (1,)
t0 = t
t += (2,)
print(t is t0, t)
def inplace_errors(z):
    for k in range(7):
        try:
            if k == 0: z -= 1
            elif k == 1: z *= 1
            elif k == 2: z @= 1
            elif k == 3: z |= 1
            elif k == 4: z **= 1
            elif k == 5: z //= 1
            else: z <<= 1
        except TypeError as e:
            print(type(e).__name__, e)
inplace_errors(object())
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs('s')
except TypeError as e:
    print(type(e).__name__, e)
try:
    object() < object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(object(), 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] * 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
i = Idx()
print([10, 20, 30][i], 'abcd'[i:], bin(i), hex(i), oct(i), range(i), [0] * i, 'ab' * i, operator_index := i.__index__())
class Conv:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 3
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
cv = Conv()
print(int(cv), float(cv), round(cv), round(cv, 2))
class BadIndex:
    def __index__(self): return 'no'
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][Conv()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)
class SelfR:
    def __radd__(self, o): return 'radd'
try:
    SelfR() + SelfR()
except TypeError as e:
    print(type(e).__name__, e)
print(sum([V(1), V(2)], V(0)), sum([1, 2], V(10)))
