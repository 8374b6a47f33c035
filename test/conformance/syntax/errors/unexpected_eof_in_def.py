# Syntax error case 'unexpected eof in def': CPython 3.12's message and position are in unexpected_eof_in_def.json.
def f(:
