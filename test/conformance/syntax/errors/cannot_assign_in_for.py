# Syntax error case 'cannot assign in for': CPython 3.12's message and position are in cannot_assign_in_for.json.
for f() in x: pass
