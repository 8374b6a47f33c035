"""Writes compileErrors.golden.json: for each program below, the
SyntaxError python3.12's compiler (symbol table and code generator, not
the parser) raises, with CPython's message and positions. The unit test
compileErrors.test.ts checks our compile() against it without python3.12.
Run: PYENV_VERSION=3.12.1 python3.12 test/unit/compiler/makeCompileErrorGoldens.py
"""
import json
import os
import sys

assert sys.version_info[:2] == (3, 12), "run this with python3.12"

CASES = [
    "return 1\n",
    "x = 1\nbreak\n",
    "for i in x:\n    pass\ncontinue\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "yield 1\n",
    "await x\n",
    "def f():\n    await x\n",
    "def f(a):\n    global a\n",
    "class C:\n    return 2\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    def g():\n        nonlocal x\n        x = 1\n",
    "async def g():\n    yield from x\n",
    "def f():\n    x = 1\n    nonlocal x\n",
    "x = 1\nwhile x:\n    def f():\n        break\n",
    "\u00e9 = 1; return \u00e9\n",
    # Pattern matching (compiler_pattern_*).
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a] | b:\n        pass\n",
    "match x:\n    case (a, b) | (a, c):\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: a, True: b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case [a, (a | 1)]:\n        pass\n",
    "match x:\n    case (x | y) if x:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case (1 | y):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case f() if x:\n        pass\n    case y if y:\n        pass\n    case z:\n        pass\n",
    # except* blocks may not be left by break, continue or return.
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return 2\n",
    "def f():\n    try:\n        pass\n    except* ValueError as e:\n        with x:\n            return\n",
    # PEP 695 type parameter scopes.
    "def f[T, T](): pass\n",
    "class C[T, *T]: pass\n",
    "type A[T, **T] = int\n",
    "def f[T]():\n    def g():\n        nonlocal T\n",
    "def f[T: (yield)](): pass\n",
    "type A = (yield)\n",
    "def f[T: (x := 1)](): pass\n",
    "class C[T]:\n    type A = (await x)\n",
    "def f[T](x: (yield)): pass\n",
    "type A[T: (lambda: 1)] = int\n",
    # from __future__ statements and annotation blocks under the annotations future.
    "from __future__ import braces\n",
    "from __future__ import nonsense\n",
    "x = 1\nfrom __future__ import annotations\n",
    "'''doc'''\nfrom __future__ import annotations, division\nfrom __future__ import generator_stop\nimport os\n",
    "from __future__ import annotations\nx: (yield)\n",
    "from __future__ import annotations\ndef f(a: (x := 1)): pass\n",
    "from __future__ import annotations\nasync def f() -> (await y): pass\n",
    "from __future__ import annotations\nfrom __future__ import annotations\nx = 1\nfrom __future__ import division\n",
    "def f():\n    from __future__ import annotations\n",
    # __debug__, starred targets, comprehension scoping, directives, duplicate arguments.
    "del __debug__\n",
    "def f(__debug__): pass\n",
    "def f(*, __debug__=1): pass\n",
    "lambda __debug__: 1\n",
    "f(__debug__=1)\n",
    "x.__debug__ = 1\n",
    "del x.__debug__\n",
    "(a, *b, *c) = d\n",
    "*a = b\n",
    "def f():\n    x = [(yield) for y in z]\n",
    "def f():\n    x = {(yield) for y in z}\n",
    "def f():\n    x = ((yield) for y in z)\n",
    "async def f():\n    return [x async for x in y]\ndef g():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "class C:\n    [x := 1 for y in z]\n",
    "[i := 0 for i in range(3)]\n",
    "[x for x in (y := [1])]\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f(a):\n    nonlocal a\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    from os import *\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "for x in y:\n    class C:\n        break\n",
    "while 1:\n    def f():\n        continue\n",
    "def f[T](): \n    global T\n",
    "type T = 1\nclass C[T]: nonlocal T\n",
    "match x:\n    case a.b(): pass\n    case _: pass\n    case 2: pass\n",
    "match x:\n    case [a, *_, b, *_]: pass\n",
    "def f(x, x): pass\n",
    "def f(x, *, x): pass\n",
    "lambda x, x: 1\n",
    "class C:\n    def f(self):\n        super().__class__\n",
    "def f():\n    class C:\n        x = 1\n        def g(): nonlocal x\n",
    "f(a=1, a=2)\n",
]

out = []
for src in CASES:
    try:
        compile(src, "m.py", "exec")
        out.append({"source": src, "error": None})
    except SyntaxError as e:
        out.append({"source": src, "error": {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                                              "end_lineno": e.end_lineno, "end_offset": e.end_offset}})
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "compileErrors.golden.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
