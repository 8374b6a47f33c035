# Syntax error case 'expected indented if': CPython 3.12's message and position are in expected_indented_if.json.
if x:
pass
