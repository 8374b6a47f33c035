# Syntax error case 'missing colon while': CPython 3.12's message and position are in missing_colon_while.json.
while True
    pass
