# Syntax error case 'cannot assign literal': CPython 3.12's message and position are in cannot_assign_literal.json.
1 = x
