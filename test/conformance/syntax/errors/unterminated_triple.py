# Syntax error case 'unterminated triple': CPython 3.12's message and position are in unterminated_triple.json.
s = '''abc

more
