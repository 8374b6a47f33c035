"""Benchmark: every solution of the n-queens puzzle by brute force over
permutations (the pyperformance "nqueens" kind).

Measures a recursive generator (its own permutations, since Refscope has no
itertools yet), set building, generator expressions and tuple creation. It
deliberately keeps the brute-force search: pruning would time something else.
"""


def permutations(items):
    # Yields every ordering of `items` as a tuple, in lexicographic order of positions.
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def n_queens(n):
    columns = list(range(n))
    for cols in permutations(columns):
        if n == len(set(cols[i] + i for i in columns)) == len(set(cols[i] - i for i in columns)):
            yield cols


for _ in range(3):
    solutions = list(n_queens(7))
print(len(solutions))
print(solutions[0], solutions[-1])
print(sum(sum(s) * k for k, s in enumerate(solutions)))
