# Regenerates test/lsp/syntaxErrors.golden.json: for each small program
# below, the SyntaxError that CPython 3.12 raises when compiling it (class,
# message, 1-based line/offset and end). The language server test checks
# that refscope-lsp publishes the same message at the same place.
# It deliberately runs nothing but compile(); run it with
#   PYENV_VERSION=3.12.1 python3.12 test/lsp/generateSyntaxErrorGoldens.py
import json
import os
import sys

assert sys.version_info[:2] == (3, 12), "goldens must come from CPython 3.12"

CASES = {
    "missing colon after def": "def f()\n    return 1\n",
    "missing colon after if": "x = 1\nif x == 1\n    print(x)\n",
    "unclosed paren": "x = (1,\n",
    "dangling operator": "x = 1 +\n",
    "unindented block": "if True:\npass\n",
    "unexpected indent": "def f():\n  x = 1\n   y = 2\n",
    "assignment to literal": "1 = x\n",
    "non-ascii before error": "s = 'h\u00e9llo' $\n",
    "unterminated string": "s = 'abc\n",
    "invalid syntax in call": "print(1 2)\n",
}

out = []
for name, source in CASES.items():
    try:
        compile(source, "case.py", "exec")
    except SyntaxError as e:
        out.append({
            "name": name,
            "source": source,
            "type": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
        })
    else:
        raise SystemExit(f"case {name!r} compiled without error")

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "syntaxErrors.golden.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(out)} cases to {path}")
