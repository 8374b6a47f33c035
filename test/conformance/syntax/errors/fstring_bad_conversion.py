# Syntax error case 'fstring bad conversion': CPython 3.12's message and position are in fstring_bad_conversion.json.
f'{x!z}'
