# Syntax error case 'line continuation': CPython 3.12's message and position are in line_continuation.json.
x = 1 \ 2
