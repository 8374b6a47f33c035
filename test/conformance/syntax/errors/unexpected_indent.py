# Syntax error case 'unexpected indent': CPython 3.12's message and position are in unexpected_indent.json.
x = 1
    y = 2
