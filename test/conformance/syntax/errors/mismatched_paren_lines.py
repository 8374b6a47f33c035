# Syntax error case 'mismatched paren lines': CPython 3.12's message and position are in mismatched_paren_lines.json.
x = (
]
