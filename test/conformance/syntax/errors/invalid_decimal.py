# Syntax error case 'invalid decimal': CPython 3.12's message and position are in invalid_decimal.json.
x = 1a
