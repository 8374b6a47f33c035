# Syntax error case 'cannot assign call': CPython 3.12's message and position are in cannot_assign_call.json.
f() = 1
