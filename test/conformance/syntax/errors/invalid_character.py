# Syntax error case 'invalid character': CPython 3.12's message and position are in invalid_character.json.
x = 1 € 2
