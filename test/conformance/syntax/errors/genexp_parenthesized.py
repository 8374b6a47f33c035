# Syntax error case 'genexp parenthesized': CPython 3.12's message and position are in genexp_parenthesized.json.
f(x for x in y, 1)
