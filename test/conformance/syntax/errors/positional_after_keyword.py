# Syntax error case 'positional after keyword': CPython 3.12's message and position are in positional_after_keyword.json.
f(a=1, b)
