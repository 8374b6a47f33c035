# Syntax error case 'invalid binary digit': CPython 3.12's message and position are in invalid_binary_digit.json.
x = 0b102
