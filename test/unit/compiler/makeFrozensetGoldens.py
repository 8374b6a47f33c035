"""Writes frozensetOrder.golden.json: hash() of sample constants under
PYTHONHASHSEED=0 and the order python3.12 gives frozenset constants of
numbers (whose order never depends on string interning), so that
frozensetOrder.test.ts can check runtime/compiler/frozensetOrder.ts.
Run: PYENV_VERSION=3.12.1 python3.12 test/unit/compiler/makeFrozensetGoldens.py
"""
import dis
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 12), "run this with python3.12"
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HASHED = ["", "a", "abc", "\u00e9", "\u20ac", "\U0001f600x", "a longer string of text", b"", b"abc",
          0, 1, -1, -2, 7, 2**61 - 1, 2**61, -(2**64) - 3, 2**100, True, False,
          0.5, -0.1, 1.5, 1e100, 1e-300, -2.5, 3.0, float("inf"), float("-inf")]


def enc(v):
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    return v


random.seed(12)
sets = []
for _ in range(60):
    items = [random.choice([0, 1, 7, 8, 9, 15, 16, 17, 23, 31, 39, 47, 63, 64, 71, 103, -1, -5, 2**40,
                            0.5, 2.5, -1.25, 1e100, 3.0, True]) for _ in range(random.randint(2, 12))]
    src = "y in {" + ", ".join(repr(v) for v in items) + "}"
    got = [i.argrepr for i in dis.get_instructions(compile(src, "m", "exec")) if "frozenset" in i.argrepr]
    if got:
        sets.append({"items": [enc(v) for v in items], "repr": got[0]})
out = {"hashes": [{"value": enc(v), "hash": str(hash(v))} for v in HASHED], "sets": sets}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "frozensetOrder.golden.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
