#!/usr/bin/env python3.12
"""Dump the code objects python3.12 compiles for a program as CodeData JSON.

Usage: dump-code.py FILE.py [OUT.json]   (or `-c CODE`).

The JSON mirrors runtime/bytecode/codeData.ts field for field so that the VM
can run CPython's own bytecode (runtime/vm/codeJson.ts loads it) and so that
our compiler can be checked against CPython's. Encodings: byte strings are
lower-case hex; constants are tagged objects ({"int": "123"}, {"float":
"1.5"}, {"str": "..."}, {"tuple": [...]}, {"code": {...}}, ...) because JSON
cannot tell an int from a float nor carry inf/nan. It deliberately does not
disassemble or interpret anything.
"""

import json
import sys


def const(value):
    if value is None:
        return {"none": True}
    if value is True or value is False:
        return {"bool": value}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, complex):
        return {"complex": [repr(value.real), repr(value.imag)]}
    if isinstance(value, str):
        return {"str": value}
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    if value is Ellipsis:
        return {"ellipsis": True}
    if isinstance(value, tuple):
        return {"tuple": [const(v) for v in value]}
    if isinstance(value, frozenset):
        return {"frozenset": [const(v) for v in value]}
    if hasattr(value, "co_code"):
        return {"code": code(value)}
    raise TypeError("unsupported constant %r" % (value,))


def code(co):
    kinds = kinds_of(co)
    return {
        "co_argcount": co.co_argcount,
        "co_posonlyargcount": co.co_posonlyargcount,
        "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_stacksize": co.co_stacksize,
        "co_flags": co.co_flags,
        "co_firstlineno": co.co_firstlineno,
        "co_name": co.co_name,
        "co_qualname": co.co_qualname,
        "co_filename": co.co_filename,
        "co_code": co.co_code.hex(),
        "co_consts": [const(c) for c in co.co_consts],
        "co_names": list(co.co_names),
        "co_localsplusnames": localsplus_names(co),
        "co_localspluskinds": kinds,
        "co_linetable": co.co_linetable.hex(),
        "co_exceptiontable": co.co_exceptiontable.hex(),
    }


def kinds_of(co):
    # co_localspluskinds is not exposed to Python; rebuild it from the three
    # public name tuples the way CPython builds them (locals, then cells
    # that are not also arguments, then free variables).
    kinds = []
    cells = set(co.co_cellvars)
    for name in co.co_varnames:
        kinds.append(0x20 | (0x40 if name in cells else 0))
    for name in co.co_cellvars:
        if name not in co.co_varnames:
            kinds.append(0x40)
    for _ in co.co_freevars:
        kinds.append(0x80)
    return bytes(kinds).hex()


def localsplus_names(co):
    names = list(co.co_varnames)
    names += [n for n in co.co_cellvars if n not in co.co_varnames]
    names += list(co.co_freevars)
    return names


def main(argv):
    if len(argv) >= 3 and argv[1] == "-c":
        source, filename, out = argv[2], "<string>", None
    else:
        filename = argv[1]
        with open(filename, encoding="utf-8") as f:
            source = f.read()
        out = argv[2] if len(argv) > 2 else None
    co = compile(source, filename, "exec", dont_inherit=True)
    data = code(co)
    text = json.dumps(data, indent=None)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main(sys.argv)
