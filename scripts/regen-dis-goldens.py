"""Regenerates the dis conformance goldens from python3.12 itself: for
every test/conformance/dis/NAME.py it writes NAME.dis (what
`dis.dis(compile(src, "NAME.py", "exec"))` prints), NAME.code.json (every
code object's co_code, co_linetable, co_exceptiontable, co_consts reprs,
co_names, localsplus names and kinds, stack size, flags, counts) and
NAME.ast.json (python3.12's own AST, see scripts/ast-to-json.py), so the
tests never need python3.12. It does not touch our compiler.
Run: PYENV_VERSION=3.12.1 python3.12 scripts/regen-dis-goldens.py
"""
import ast
import dis
import importlib.util
import io
import json
import os
import re
import sys

assert sys.version_info[:2] == (3, 12), "run this with python3.12"

# String hashes (and so frozenset constant order) are random per process
# unless PYTHONHASHSEED is fixed; the compiler models seed 0.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "conformance", "dis")
AST_TO_JSON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ast-to-json.py")


def localsplus(co):
    names, kinds = [], []
    i = 0
    while True:
        try:
            names.append(co._varname_from_oparg(i))
        except (IndexError, ValueError):
            break
        i += 1
    # Kinds are not exposed; derive them from the public tuples.
    for n in names:
        k = 0
        if n in co.co_varnames:
            k |= 0x20
        if n in co.co_cellvars:
            k |= 0x40
        if n in co.co_freevars:
            k |= 0x80
        kinds.append(k)
    return names, kinds


def const_repr(c):
    if hasattr(c, "co_code"):
        return "<code %s>" % c.co_name
    return repr(c)


def describe(co, out):
    names, kinds = localsplus(co)
    out.append({
        "co_name": co.co_name,
        "co_qualname": co.co_qualname,
        "co_firstlineno": co.co_firstlineno,
        "co_argcount": co.co_argcount,
        "co_posonlyargcount": co.co_posonlyargcount,
        "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_stacksize": co.co_stacksize,
        "co_flags": co.co_flags,
        "co_code": co.co_code.hex(),
        "co_linetable": co.co_linetable.hex(),
        "co_exceptiontable": co.co_exceptiontable.hex(),
        "co_consts": [const_repr(c) for c in co.co_consts],
        "co_names": list(co.co_names),
        "co_localsplusnames": names,
        "co_localspluskinds": kinds,
    })
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            describe(c, out)


def load_ast_to_json():
    spec = importlib.util.spec_from_file_location("ast_to_json", AST_TO_JSON)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ast_to_json = load_ast_to_json()
    wanted = set(sys.argv[1:])
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith(".py"):
            continue
        base = fn[:-3]
        if wanted and base not in wanted:
            continue
        mode = "single" if base.startswith("interactive_") else "exec"
        path = os.path.join(HERE, fn)
        src = open(path, encoding="utf-8").read()
        co = compile(src, fn, mode)
        buf = io.StringIO()
        dis.dis(co, file=buf)
        listing = re.sub(r"0x[0-9a-f]+", "0xADDR", buf.getvalue())
        with open(os.path.join(HERE, base + ".dis"), "w", encoding="utf-8") as f:
            f.write(listing)
        codes = []
        describe(co, codes)
        with open(os.path.join(HERE, base + ".code.json"), "w", encoding="utf-8") as f:
            json.dump(codes, f, indent=1)
            f.write("\n")
        tree = json.dumps(ast_to_json.node(ast.parse(src, fn, mode)), indent=None)
        with open(os.path.join(HERE, base + ".ast.json"), "w", encoding="utf-8") as f:
            f.write(tree + "\n")
        print("wrote", base)


if __name__ == "__main__":
    main()
