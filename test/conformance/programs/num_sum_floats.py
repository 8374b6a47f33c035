# sum() of floats: CPython 3.12's Neumaier compensation, and overflow to inf
# staying inf (the correction is dropped when it is not finite).
print(sum([1e308, 1e308, -1e308]), sum([1e308, 1e308]), sum([-1e308, -1e308, 1.0]))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum([float('inf'), 1.0]), sum([float('inf'), float('-inf')]))
print(sum([1, 2.5, 3]), sum([0.1, 0.2, 0.3], 1), sum([2**60, 0.5]))
