#!/usr/bin/env python3.12
"""Regenerate the line-table golden of the DAP tests with the oracle.

Usage: PYENV_VERSION=3.12.1 python3.12 test/dap/makeGoldens.py

For each fixture named below it compiles the program as python3.12 does
and writes, for every code object (nested ones included, in depth-first
order), co_firstlineno, co_linetable in hex and what co_lines() yields, so
test/dap/codeLines.test.ts checks runtime/inspect/codeLines.ts against
CPython's own reading of its own tables. It also runs the program fixtures
and records their stdout, stderr and exit status (the fixtures folder
written as ${fixtures}), and, where the variables test stops, each local's repr, type,
ob_refcnt, sys.getsizeof and children. It deliberately
records nothing the DAP tests do not compare.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = ["lines.py", "functions.py"]
# Each program with the command-line arguments the tests launch it with.
PROGRAMS = {
    "hello.py": [],
    "raises.py": [],
    "syntaxError.py": [],
    "functions.py": [],
    "argv.py": ["one", "two words"],
}
# Where test/dap/variables.test.ts stops, and the names it looks at there.
STOPS = {
    "functions": ("functions.py", "tally", 6, ["n", "data", "alias"]),
    "containers": ("containers.py", "<module>", 11, ["table", "pair", "point"]),
}


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


def run_program(name, args):
    fixtures = os.path.join(HERE, "fixtures")
    path = os.path.join(fixtures, name)
    done = subprocess.run([sys.executable, path, *args], capture_output=True, text=True, cwd=fixtures)
    hide = lambda text: text.replace(fixtures, "${fixtures}")
    return {"args": args, "stdout": hide(done.stdout), "stderr": hide(done.stderr), "exitCode": done.returncode}


# Installed as sitecustomize.py so that the tracer is active while python3.12 runs the fixture as a
# script. Running it as a script matters: while `python3.12 file.py` runs, the parsed tree still holds
# the constants the compiler folded (a tuple literal has one more reference than under exec(compile())).
TRACER = r"""
import json, os, sys

_spec = json.loads(os.environ["REFSCOPE_STOP"])
_found = {}


def _children(value):
    if isinstance(value, (list, tuple)):
        return [["[%d]" % i, repr(item)] for i, item in enumerate(value)]
    if isinstance(value, dict):
        return [[repr(k), repr(v)] for k, v in value.items()]
    if hasattr(value, "__dict__") and not isinstance(value, type):
        return [[k, repr(v)] for k, v in vars(value).items()]
    return []


def _tracer(frame, event, arg):
    if (event == "line" and not _found and frame.f_code.co_name == _spec["function"]
            and frame.f_lineno == _spec["line"] and frame.f_code.co_filename == _spec["path"]):
        snapshot = frame.f_locals
        module_level = snapshot is frame.f_globals
        for local in _spec["names"]:
            value = snapshot[local]
            # getrefcount also counts its argument and our `value`; in a function it also counts each
            # entry of the f_locals snapshot holding the object, which the frame's own count lacks.
            held = 0 if module_level else sum(1 for other in snapshot.values() if other is value)
            refcnt = sys.getrefcount(value) - 2 - held
            _found[local] = {
                "repr": repr(value),
                "type": type(value).__name__,
                "ob_refcnt": refcnt if refcnt < 2**31 else sys.getrefcount(value),
                "sys.getsizeof": sys.getsizeof(value),
                "children": _children(value),
            }
            del value
        with open(os.environ["REFSCOPE_OUT"], "w", encoding="utf-8") as out:
            json.dump(_found, out)
    return _tracer


sys.settrace(_tracer)
"""


def locals_at_stop(name, function, line, names):
    """The named locals' internals at a line, read from a line trace as a debugger would."""
    fixtures = os.path.join(HERE, "fixtures")
    path = os.path.join(fixtures, name)
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "sitecustomize.py"), "w", encoding="utf-8") as f:
            f.write(TRACER)
        out = os.path.join(folder, "locals.json")
        env = dict(os.environ, PYTHONPATH=folder, REFSCOPE_OUT=out, REFSCOPE_STOP=json.dumps(
            {"path": path, "function": function, "line": line, "names": names}))
        subprocess.run([sys.executable, path], env=env, cwd=fixtures, check=True, capture_output=True)
        with open(out, encoding="utf-8") as f:
            found = json.load(f)
    return {"file": name, "function": function, "line": line, "locals": found}


def write(name, data):
    golden = os.path.join(HERE, "goldens", name)
    with open(golden, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print("wrote", os.path.relpath(golden))


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("makeGoldens.py must run on CPython 3.12, the oracle")
    for name in FIXTURES:
        path = os.path.join(HERE, "fixtures", name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        codes = []
        walk(compile(source, name, "exec", dont_inherit=True), codes)
        write(name.replace(".py", ".lines.json"), {"fixture": name, "codes": codes})
    write("programs.json", {name: run_program(name, args) for name, args in PROGRAMS.items()})
    write("stops.json", {key: locals_at_stop(*stop) for key, stop in STOPS.items()})


if __name__ == "__main__":
    main()
