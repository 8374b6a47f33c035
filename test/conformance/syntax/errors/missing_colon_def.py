# Syntax error case 'missing colon def': CPython 3.12's message and position are in missing_colon_def.json.
def f()
    pass
