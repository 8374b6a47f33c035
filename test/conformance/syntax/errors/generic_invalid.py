# Syntax error case 'generic invalid': CPython 3.12's message and position are in generic_invalid.json.
x = 1 +
