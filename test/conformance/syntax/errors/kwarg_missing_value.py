# Syntax error case 'kwarg missing value': CPython 3.12's message and position are in kwarg_missing_value.json.
f(a=)
