"""Dumps python3.12's own `ast` for a source file as JSON in the shape of
runtime/syntax/ast.ts, so the compiler can be tested on CPython's trees
independently of our parser (test/conformance/dis uses these as goldens).
Constants that JSON cannot carry exactly are tagged objects ({"$": "int"},
{"$": "float"}, ...); test/conformance/dis/astFromJson.ts reads them back.
It does not run anything and does not touch our parser.
Usage: PYENV_VERSION=3.12.1 python3.12 scripts/ast-to-json.py FILE.py
"""
import ast
import json
import sys


def const(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"$": "int", "v": str(v)}
    if isinstance(v, float):
        return {"$": "float", "v": repr(v)}
    if isinstance(v, complex):
        return {"$": "complex", "real": repr(v.real), "imag": repr(v.imag)}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {"$": "bytes", "v": list(v)}
    if v is Ellipsis:
        return {"$": "ellipsis"}
    if isinstance(v, tuple):
        return {"$": "tuple", "items": [const(x) for x in v]}
    if isinstance(v, frozenset):
        return {"$": "frozenset", "items": [const(x) for x in v]}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if isinstance(n, ast.AST):
        if isinstance(n, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
            return type(n).__name__
        out = {"kind": type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(n, ast.Constant) and f == "value":
                out["value"] = const(v)
            elif isinstance(n, ast.Constant) and f == "kind":
                out["const_kind"] = v
            else:
                out[f] = node(v)
        for a in getattr(n, "_attributes", ()):
            if hasattr(n, a):
                out[a] = getattr(n, a)
        return out
    return n


if __name__ == "__main__":
    src = open(sys.argv[1], encoding="utf-8").read()
    print(json.dumps(node(ast.parse(src, sys.argv[1])), indent=None))
