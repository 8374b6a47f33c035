# Syntax error case 'except comma': CPython 3.12's message and position are in except_comma.json.
try:
    pass
except ValueError, TypeError:
    pass
