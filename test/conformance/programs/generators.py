# Conformance program generators: compared with python3.12 (stdout, stderr, exit code).
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(gen(4)), sum(x * x for x in range(10)))
g = gen(3)
print(next(g), next(g), next(g), next(g, "done"))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "finished"
for v in countdown(3):
    print(v)
print(max(x % 7 for x in range(20)), list(x for x in "abc"), dict((i, str(i)) for i in range(3)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab")))
squares = (i * i for i in range(4))
print(type(squares).__name__, list(squares), list(squares))
