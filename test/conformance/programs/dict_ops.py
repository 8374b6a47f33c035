# Conformance program dict_ops: compared with python3.12 (stdout, stderr, exit code).
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(d.pop("a"), d, d.setdefault("x", 9), d)
d.update({"y": 1}, z=2); print(d)
del d["b"]; print(d)
for k, v in d.items():
    print(k, v)
print({i: i * i for i in range(5)}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({1: 2}))
e = {1: "int", 1.0: "float", True: "bool"}
print(e, {(1, 2): "tuple", None: 0, "s": [1]})
print({} == {}, {"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, d.copy(), {**d, "q": 0})
k = dict.fromkeys if hasattr(dict, "fromkeys") else None
print(d.popitem(), d)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
