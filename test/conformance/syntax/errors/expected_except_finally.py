# Syntax error case 'expected except finally': CPython 3.12's message and position are in expected_except_finally.json.
try:
    pass
x = 1
