# Syntax error case 'unterminated string': CPython 3.12's message and position are in unterminated_string.json.
s = 'abc
