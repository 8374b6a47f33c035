# Frozenset constants in CPython's hash-table order (PYTHONHASHSEED=0):
# `in` tests and loops over set displays, and constant set displays.
def modes(mode, n, word):
    if mode in {"r", "w", "b", "a", "x", "+"}:
        pass
    if n in {7, 8, 39, 71, 103, -1, 2**40}:
        pass
    if word not in {"self", "cls", "__init__", "name", "é", "a b"}:
        pass
    for k in {"alpha", "beta", "gamma"}:
        print(k)
    return {1, 1.0, True, 2, 2.5, b"x", "x"}, {"p", "q", "r", "s"}, n in {0.5, 1e100, -1.25, 3.0}
