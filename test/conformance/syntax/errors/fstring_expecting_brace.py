# Syntax error case 'fstring expecting brace': CPython 3.12's message and position are in fstring_expecting_brace.json.
f'{x'
