# Syntax error case 'nondefault after default': CPython 3.12's message and position are in nondefault_after_default.json.
def f(a=1, b): pass
