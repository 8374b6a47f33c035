# Syntax error case 'unclosed paren': CPython 3.12's message and position are in unclosed_paren.json.
x = (1,
2
