# Syntax error case 'unindent mismatch': CPython 3.12's message and position are in unindent_mismatch.json.
if x:
    a
  b
