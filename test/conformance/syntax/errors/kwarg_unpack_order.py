# Syntax error case 'kwarg unpack order': CPython 3.12's message and position are in kwarg_unpack_order.json.
f(**a, *b)
