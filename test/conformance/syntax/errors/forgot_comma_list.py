# Syntax error case 'forgot comma list': CPython 3.12's message and position are in forgot_comma_list.json.
[1, 2 3]
