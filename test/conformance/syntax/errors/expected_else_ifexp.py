# Syntax error case 'expected else ifexp': CPython 3.12's message and position are in expected_else_ifexp.json.
x = 5 if y
