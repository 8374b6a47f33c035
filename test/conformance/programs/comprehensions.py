# Conformance program comprehensions: compared with python3.12 (stdout, stderr, exit code).
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0], [(x, y) for x in range(2) for y in "ab"])
print({x: x % 3 for x in range(6)}, [[j for j in range(i)] for i in range(4)])
x = "kept"
print([x for x in range(3)], x)
print(sum([i for i in range(101)]), len([c for c in "hello world" if c in "aeiou"]))
