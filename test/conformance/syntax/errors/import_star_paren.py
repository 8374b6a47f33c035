# Syntax error case 'import star paren': CPython 3.12's message and position are in import_star_paren.json.
import a,
