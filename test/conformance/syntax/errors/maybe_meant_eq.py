# Syntax error case 'maybe meant eq': CPython 3.12's message and position are in maybe_meant_eq.json.
if x = 1:
    pass
