# Syntax error case 'missing colon class': CPython 3.12's message and position are in missing_colon_class.json.
class A
    pass
