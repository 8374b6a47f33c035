#!/usr/bin/env python3.12
"""Regenerate the line-table golden of the DAP tests with the oracle.

Usage: PYENV_VERSION=3.12.1 python3.12 test/dap/makeGoldens.py

For each fixture named below it compiles the program as python3.12 does
and writes, for every code object (nested ones included, in depth-first
order), co_firstlineno, co_linetable in hex and what co_lines() yields, so
test/dap/codeLines.test.ts checks runtime/inspect/codeLines.ts against
CPython's own reading of its own tables. It deliberately runs none of the
programs.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = ["lines.py", "functions.py"]


def walk(code, out):
    out.append({
        "co_qualname": code.co_qualname,
        "co_firstlineno": code.co_firstlineno,
        "co_linetable": code.co_linetable.hex(),
        "co_lines": [list(entry) for entry in code.co_lines()],
    })
    for const in code.co_consts:
        if hasattr(const, "co_lines"):
            walk(const, out)


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("makeGoldens.py must run on CPython 3.12, the oracle")
    for name in FIXTURES:
        path = os.path.join(HERE, "fixtures", name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        codes = []
        walk(compile(source, name, "exec", dont_inherit=True), codes)
        golden = os.path.join(HERE, "goldens", name.replace(".py", ".lines.json"))
        with open(golden, "w", encoding="utf-8") as f:
            json.dump({"fixture": name, "codes": codes}, f, indent=1)
            f.write("\n")
        print("wrote", os.path.relpath(golden))


if __name__ == "__main__":
    main()
