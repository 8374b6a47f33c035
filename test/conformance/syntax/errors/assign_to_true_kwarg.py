# Syntax error case 'assign to true kwarg': CPython 3.12's message and position are in assign_to_true_kwarg.json.
f(True=1)
