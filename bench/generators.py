"""Benchmark: a generator workload — pipelines of generators, `yield from`
delegation through a tree, and generators driven by send().

Measures creating, resuming and finishing generator frames, and
StopIteration at loop ends. It deliberately avoids itertools (not in
Refscope yet) and builds every stage from plain generator functions.
"""


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def running_total(source):
    total = 0
    for x in source:
        total += x
        yield total


def tree(depth, label):
    # A complete binary tree as nested tuples (label, left, right).
    if depth == 0:
        return None
    return (label, tree(depth - 1, 2 * label), tree(depth - 1, 2 * label + 1))


def walk(node):
    if node is not None:
        yield from walk(node[1])
        yield node[0]
        yield from walk(node[2])


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


last = 0
for _ in range(5):
    for last in running_total(squares(evens(numbers(60000)))):
        pass
print(last)
root = tree(13, 1)
checksum = 0
for _ in range(3):
    for position, label in enumerate(walk(root)):
        checksum += position ^ label
print(checksum)
avg = averager()
next(avg)
result = None
for i in range(50000):
    result = avg.send(i % 97)
print("%.6f" % result)
print(sum(x for x in numbers(50000) if x % 3))
