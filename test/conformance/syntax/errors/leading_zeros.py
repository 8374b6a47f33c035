# Syntax error case 'leading zeros': CPython 3.12's message and position are in leading_zeros.json.
x = 0777
