# Syntax error case 'expected indented def': CPython 3.12's message and position are in expected_indented_def.json.
def f():
return 1
