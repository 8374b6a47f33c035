# Syntax error case 'invalid syntax double eq': CPython 3.12's message and position are in invalid_syntax_double_eq.json.
x = = 1
