# Syntax error case 'mismatched paren': CPython 3.12's message and position are in mismatched_paren.json.
x = (]
