# match, case, type and _ used as ordinary names.
match = 1
case = 2
type = 3
_ = 4
match.x = 5
match[0] = 6
print(match, case, type, _)
match(x)
type(x)
def match(case): return case
