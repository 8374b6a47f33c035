# Syntax error case 'forgot comma': CPython 3.12's message and position are in forgot_comma.json.
f(a b)
