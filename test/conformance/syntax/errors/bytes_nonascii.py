# Syntax error case 'bytes nonascii': CPython 3.12's message and position are in bytes_nonascii.json.
b = b'é'
