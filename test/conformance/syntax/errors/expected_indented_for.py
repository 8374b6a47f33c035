# Syntax error case 'expected indented for': CPython 3.12's message and position are in expected_indented_for.json.
for i in x:
print(i)
