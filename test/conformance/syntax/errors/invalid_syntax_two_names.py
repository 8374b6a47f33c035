# Syntax error case 'invalid syntax two names': CPython 3.12's message and position are in invalid_syntax_two_names.json.
a b
