# Displays: tuples, lists, dicts, sets and starred unpacking inside them.
t0 = (); t1 = (1,); t2 = 1, 2; t3 = (1, 2, 3,)
l0 = []; l1 = [1, 2, *rest]; l2 = [
    1,
    2,
]
d0 = {}; d1 = {'a': 1, 'b': 2}; d2 = {**a, 'x': 1, **b}
s1 = {1, 2, 3}; s2 = {*a, *b}
nested = [(1, {2: [3, {4}]})]
paren = (a)
