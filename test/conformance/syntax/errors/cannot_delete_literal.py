# Syntax error case 'cannot delete literal': CPython 3.12's message and position are in cannot_delete_literal.json.
del 1
