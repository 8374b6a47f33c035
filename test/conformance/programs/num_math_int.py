# math's integer and rounding functions: floor, ceil, trunc, factorial, gcd, lcm, isqrt, comb, perm, prod, with their errors.
import math

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in [0, 3, -3, 2.5, -2.5, 2.0**60 + 0.5 * 0, 1e300, -0.0, 0.9999999999999999, 10**30, True]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for x in [float('inf'), float('-inf'), float('nan'), 'a', None]:
    t(lambda: math.floor(x))
    t(lambda: math.ceil(x))
    t(lambda: math.trunc(x))
print([math.factorial(n) for n in range(0, 22)], len(str(math.factorial(500))))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(5.0))
t(lambda: math.factorial('5'))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(2**100, 6**50), math.gcd(12, 18, 27), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5), math.lcm(2**70, 3**40))
t(lambda: math.gcd(1.0, 2))
t(lambda: math.lcm(1, 2.5))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52, 2**53 + 1, 10**30, 10**31, 2**200 - 1]:
    print(n, math.isqrt(n))
t(lambda: math.isqrt(-1))
t(lambda: math.isqrt(4.0))
print([math.comb(10, k) for k in range(-0, 12)], math.comb(100, 50), math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(30, 10))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(5, -2))
t(lambda: math.comb(5.0, 2))
t(lambda: math.perm(-5))
t(lambda: math.perm(5, -1))
t(lambda: math.comb(5))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod([1, 2j]), math.prod(x for x in [3, 3]))
t(lambda: math.prod(['a', 'b']))
t(lambda: math.prod(5))
print(math.fabs(-3), math.fabs(-2.5), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, float('-nan')) if False else '')
print(math.isfinite(1), math.isfinite(float('inf')), math.isinf(-float('inf')), math.isinf(1e308), math.isnan(float('nan')), math.isnan(1))
t(lambda: math.isfinite(10**400))
t(lambda: math.fabs(10**400))
t(lambda: math.fabs('x'))
t(lambda: math.sqrt())
t(lambda: math.sqrt(1, 2))
t(lambda: math.floor(1, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
print(math.__name__, type(math).__name__, math.floor.__name__, repr(math.floor)[:30])
