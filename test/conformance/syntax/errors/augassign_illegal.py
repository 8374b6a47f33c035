# Syntax error case 'augassign illegal': CPython 3.12's message and position are in augassign_illegal.json.
f() += 1
