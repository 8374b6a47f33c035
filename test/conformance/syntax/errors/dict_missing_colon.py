# Syntax error case 'dict missing colon': CPython 3.12's message and position are in dict_missing_colon.json.
x = {1: 2, 3}
