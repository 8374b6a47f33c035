# Syntax error case 'unclosed bracket eof': CPython 3.12's message and position are in unclosed_bracket_eof.json.
foo(
