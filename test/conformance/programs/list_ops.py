# Conformance program list_ops: compared with python3.12 (stdout, stderr, exit code).
l = [3, 1, 2]
l.append(5); l.extend([7, 8]); l.insert(0, 9)
print(l, len(l), l[0], l[-1], l[1:3], l[::2], l[::-1])
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(l.pop(), l.pop(0), l, l.index(3), l.count(1))
l.remove(3); print(l)
l[0] = 100; l[1:3] = [7, 7, 7]; print(l)
del l[0]; print(l)
del l[::2]; print(l)
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], 2 in [1, 2], [] or "empty")
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0], sorted(["b", "a", "C"]), sorted([3, 1, 2], key=lambda x: -x))
r = [1, 2, 3]; r.reverse(); print(r, r.copy(), list(range(5)), list("abc"))
words = ["pear", "fig", "apple"]
print(sorted(words, key=len), max(words, key=len), min(words), [w.upper() for w in words if len(w) > 3])
a = [1]; a.append(a); print(a)
c = [1, 2, 3]; c.clear(); print(c)
