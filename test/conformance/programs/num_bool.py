# bool as an int subtype: arithmetic results and their types, repr, bitwise ops staying bool, conversions, and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

T, F = True, False
for a in [T, F]:
    for b in [T, F]:
        print(a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a < b, a ** b, a << b, a >> b, type(a + b).__name__, type(a & b).__name__)
print(T / T, F / T, T // T, T % T, -T, +T, ~int(T), ~int(F), abs(T), abs(-T), type(-F).__name__, type(+T).__name__, type(abs(T)).__name__)
print(T + 0.5, T * 1.5, T * 'ab', [1] * T, (T, F) * 2, T + (1 + 2j) if False else 'skip', sum([T, T, F, T]))
print(repr(T), str(F), f'{T!r}', int(T), float(T), bool(0), bool(0.0), bool(-0.0), bool(float('nan')), bool(1e-300), bool(2**100), bool(''), bool('0'))
print(bool(), bool([]), bool([0]), bool(None), isinstance(T, int), issubclass(bool, int), T is True, bool(1) is True, T.__class__.__name__)
t(lambda: T / F)
t(lambda: T // F)
t(lambda: T % F)
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: type('B', (bool,), {}))
print(T.bit_length(), F.bit_count(), T.to_bytes if False else '', hex(T), bin(F), oct(T), T.real, T.imag, T.conjugate(), type(T.conjugate()).__name__)
print(hash(T), hash(F), T == 1, F == 0, {T: 'a', 1: 'b'}, round(T), divmod(T, T), pow(T, T, 2))
print(T and 3, F or 'x', not T, not 0, T & 3, 3 & T, type(3 & T).__name__, F | 4, T ^ 2)
