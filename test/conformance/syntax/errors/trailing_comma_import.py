# Syntax error case 'trailing comma import': CPython 3.12's message and position are in trailing_comma_import.json.
from a import b,
