# Syntax error case 'tab error': CPython 3.12's message and position are in tab_error.json.
if x:
	a
        b
