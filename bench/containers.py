"""Benchmark: building lists and dicts and reading them back.

Measures allocation, list append and dict insertion and lookup, and so the
reference counting and collector work they cause; it deliberately avoids
comprehensions so that the plain bytecode paths are what is timed.
"""

rounds = 0
checksum = 0
while rounds < 20:
    items = []
    table = {}
    k = 0
    while k < 20000:
        items.append(k)
        table[k] = k * 2
        k = k + 1
    for key in items:
        checksum = checksum + table[key]
    rounds = rounds + 1
print(checksum, len(items), len(table))
