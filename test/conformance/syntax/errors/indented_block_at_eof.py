# Syntax error case 'indented block at eof': CPython 3.12's message and position are in indented_block_at_eof.json.
while x:
