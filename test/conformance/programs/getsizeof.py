# Conformance program getsizeof: compared with python3.12 (stdout, stderr, exit code).
import sys
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(-(2 ** 100)))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("\u20ac"), sys.getsizeof("\U0001f600"))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(()), sys.getsizeof((1, 2)))
l = []
sizes = []
for i in range(20):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
d = {}
sizes = [sys.getsizeof(d)]
for i in range(25):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
d = {}
sizes = []
for i in range(12):
    d[str(i)] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
print(sys.getsizeof(list(range(10))), sys.getsizeof([i for i in range(10)]), sys.getsizeof(range(5)))
class P:
    pass
class E(Exception):
    pass
class L(list):
    pass
print(sys.getsizeof(P()), sys.getsizeof(Exception()), sys.getsizeof(E()), sys.getsizeof(L()), sys.getsizeof(lambda: 0))
