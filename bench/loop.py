"""Benchmark: a while loop doing int additions three million times.

Measures the eval loop's dispatch and small-int arithmetic with no calls;
it deliberately keeps every value a small int so no big-int path runs.
"""

i = 0
total = 0
while i < 3000000:
    total = total + i % 7
    i = i + 1
print(total)
