# Syntax error case 'fstring single brace': CPython 3.12's message and position are in fstring_single_brace.json.
f'}'
