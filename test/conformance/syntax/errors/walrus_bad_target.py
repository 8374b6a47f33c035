# Syntax error case 'walrus bad target': CPython 3.12's message and position are in walrus_bad_target.json.
(a.b := 1)
