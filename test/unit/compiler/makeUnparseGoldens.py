"""Writes unparse.golden.json: for each annotation expression below, the
string python3.12 stores in __annotations__ under
`from __future__ import annotations` (its C unparser), so that
unparse.test.ts can check runtime/syntax/unparse.ts without python3.12.
Run: PYENV_VERSION=3.12.1 python3.12 test/unit/compiler/makeUnparseGoldens.py
"""
import json
import os
import sys

assert sys.version_info[:2] == (3, 12), "run this with python3.12"

EXPRS = [
    "int", "list[int]", "dict[str, list[int]]", "tuple[int, ...]", "tuple[()]",
    "'forward'", "\"dq\"", "u'u'", "b'bytes'", "r'raw\\n'", "'it''s'",
    "1", "-1", "+1", "~1", "1.5", "1e100", "1e400", "-1e400", "2j", "1e400j", "0.1", "1_000",
    "None", "True", "...", "Ellipsis",
    "a.b.c", "1 .real", "1.0.real", "(1).real", "a[1:2]", "a[::2]", "a[1:2, ::3]", "a[:, None]", "a[b][c]",
    "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b",
    "a | b", "a & b ^ c | d", "a << 1 >> 2", "a // b % c @ d", "not a", "not (a and b)", "a and b or c", "a and (b or c)",
    "a if b else c", "(a if b else c) if d else e", "a < b <= c", "a is not b", "a not in b", "(a < b) < c",
    "f()", "f(a, *b, c=1, **d)", "f(x for x in y)", "f((x for x in y), 1)", "f(a)(b)",
    "lambda: 1", "lambda x: x", "lambda x, y=1, *a, z, w=2, **k: 0", "lambda *a: a", "lambda *, k: k", "lambda x, /, y: x",
    "[1, 2]", "[]", "(1,)", "(1, 2)", "{1, 2}", "{1: 2, **d}", "{}",
    "[x for x in y if x if not x]", "{x for x in y}", "{k: v for k, v in d}", "(x async for x in y)",
    "[x for x in (lambda: y)()]", "[*a, *b]", "(*a, b)",
    "f'x{y}z'", "f'{y!r:>{w}}'", "f'{{literal}}'", "f'{ {1: 2}[1] }'", "f'{a:{b}{c}}'", "f'{x=}'",
    "(yield)", "(yield x)", "(yield from x)", "(x := 1)", "[y := 2]",
    "int | None", "Callable[[int], str]", "Literal['a', 'b']", "'a' 'b'",
    "a[b:c:d]", "x[-1]", "x[(a, b)]", "x[a, b]", "x[*a]",
]

out = []
for src in EXPRS:
    code = "from __future__ import annotations\nx: " + src + "\n"
    ns = {}
    try:
        exec(compile(code, "m.py", "exec"), ns)
    except SyntaxError as e:
        out.append({"source": src, "unparsed": None, "error": e.msg})
        continue
    out.append({"source": src, "unparsed": ns["__annotations__"]["x"]})
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unparse.golden.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
