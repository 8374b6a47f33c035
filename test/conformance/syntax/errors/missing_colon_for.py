# Syntax error case 'missing colon for': CPython 3.12's message and position are in missing_colon_for.json.
for x in y
    pass
