# Syntax error case 'missing colon if': CPython 3.12's message and position are in missing_colon_if.json.
if x
    pass
