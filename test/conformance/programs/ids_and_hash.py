# Conformance program ids_and_hash: compared with python3.12 (stdout, stderr, exit code).
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None), id(1) == id(1))
x = object()
print(hash(x) == hash(x), type(id(x)).__name__, id(x) % 8)
s = {"k": 1}
print(id(s) == id(s), id(a) != id(s))
