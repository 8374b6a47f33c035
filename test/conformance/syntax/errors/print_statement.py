# Syntax error case 'print statement': CPython 3.12's message and position are in print_statement.json.
print 'hello'
