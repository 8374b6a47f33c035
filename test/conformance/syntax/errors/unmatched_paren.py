# Syntax error case 'unmatched paren': CPython 3.12's message and position are in unmatched_paren.json.
x = )
