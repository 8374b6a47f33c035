# Syntax error case 'invalid decimal underscore': CPython 3.12's message and position are in invalid_decimal_underscore.json.
x = 1_
