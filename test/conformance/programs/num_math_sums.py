# math.fsum (exact, Shewchuk), hypot, dist, sumprod and their errors; sum() of floats and ints for comparison.
import math

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.fsum([2.0**53, 1.0, 1.0]), math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([0.1, 0.2, 0.3, -0.6]))
print(math.fsum([-0.0, -0.0]), math.fsum([-0.0]), math.fsum([1e-16, 1.0, 1e-16]), math.fsum(x / 10 for x in range(100)), math.fsum([10**20, 0.5, -(10**20)]))
print(math.fsum([1.7976931348623157e308, 1e291]), math.fsum([3, 0.25, True]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([float('inf'), 1]))
t(lambda: math.fsum([float('inf'), float('-inf')]))
t(lambda: math.fsum([float('nan'), 1]))
t(lambda: math.fsum(['a']))
t(lambda: math.fsum(1))
t(lambda: math.fsum([10**400]))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12), math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
print(math.hypot(1, 1), math.hypot(0.1, 0.2, 0.3), math.hypot(*range(10)), math.hypot(2**60, 1))
t(lambda: math.hypot('a'))
t(lambda: math.hypot(1e308, 1e308))
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)), math.dist([], []), math.dist([1.5], [-1.5]))
t(lambda: math.dist([1, 2], [1]))
t(lambda: math.dist(1, 2))
t(lambda: math.dist([1], ['a']))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []), math.sumprod([2**70, 1], [3, 4]), math.sumprod([1.5, 2], [2, 0.25]))
t(lambda: math.sumprod([1, 2], [1]))
print(sum([0.1, 0.2, 0.3]), sum([1, 2.5, 3]), sum([2**70, 0.5]), sum([], 0.5), sum([True, 2.5]))
