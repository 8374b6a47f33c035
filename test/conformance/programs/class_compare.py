# Conformance program class_compare: rich comparisons with reflection and NotImplemented,
# subclass priority, default identity equality, __ne__ derived from __eq__, __eq__ setting
# __hash__ to None, custom __hash__, hash() of objects and its errors, sorting with __lt__.
class Cmp:
    def __init__(self, n, name='c'):
        self.n, self.name = n, name
    def __eq__(self, o):
        print(f'{self.name}.__eq__')
        return self.n == o.n if isinstance(o, Cmp) else NotImplemented
    def __lt__(self, o):
        print(f'{self.name}.__lt__')
        return self.n < o.n if isinstance(o, Cmp) else NotImplemented
    def __gt__(self, o):
        print(f'{self.name}.__gt__')
        return self.n > o.n if isinstance(o, Cmp) else NotImplemented
a, b = Cmp(1, 'a'), Cmp(2, 'b')
print(a == b, a != b, a < b, a > b)
print(a == 1, 1 == a, a != 'x')
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 > a
except TypeError as e:
    print(type(e).__name__, e)
print(Cmp.__hash__ is None, hasattr(a, '__hash__'))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {a}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Cmp):
    def __eq__(self, o):
        print('Sub.__eq__')
        return 'sub-eq'
    def __lt__(self, o):
        print('Sub.__lt__')
        return 'sub-lt'
    def __gt__(self, o):
        print('Sub.__gt__')
        return 'sub-gt'
print(Cmp(1) == Sub(1), Cmp(1) < Sub(1), Sub(1) < Cmp(1))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p, hash(p) == hash(p), type(hash(p)).__name__)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly() != EqOnly(), EqOnly() == 5, EqOnly.__hash__)
class NeOnly:
    def __ne__(self, o):
        return 'custom ne'
print(NeOnly() != 1, NeOnly() == NeOnly())
class H:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, H) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {H(1): 'one'}
print(d[H(1)], H(1) in {H(1), H(2)}, hash(H(5)) == hash(5), len({H(3), H(3)}))
class KeepHash(Plain):
    def __eq__(self, o): return False
    __hash__ = Plain.__hash__
print(type(hash(KeepHash())).__name__)
class NegHash:
    def __hash__(self): return -1
print(hash(NegHash()))
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class InheritEq(H):
    pass
print(hash(InheritEq(1)) == hash(1))
class OverrideEq(H):
    def __eq__(self, o): return False
print(OverrideEq.__hash__)
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f'R{self.v}'
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min(Rev(5), Rev(4)))
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __eq__(self, o): return NotImplemented
print(Both() == Both(), Both() != Both())
bb = Both()
print(bb == bb, [bb] == [bb], bb in [bb])
class NanLike:
    def __eq__(self, o): return False
n = NanLike()
print(n == n, n in [n], [n] == [n], [n].count(n), (n,) == (n,))
class Chain:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
print(Chain(1) < Chain(2) < Chain(0))
class RetNone:
    def __eq__(self, o): return None
    def __lt__(self, o): return [1]
print(RetNone() == 1, RetNone() < 1, bool(RetNone() < 1))
if RetNone() == 1:
    print('truthy')
else:
    print('falsy')
class IntLike(int):
    def __eq__(self, o): return 'intlike eq'
print(5 == IntLike(5), IntLike(5) == 5, 5 != IntLike(5))
