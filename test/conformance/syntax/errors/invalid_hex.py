# Syntax error case 'invalid hex': CPython 3.12's message and position are in invalid_hex.json.
x = 0x
