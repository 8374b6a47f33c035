"""Keywords and soft keywords of Python 3.12.

iskeyword and issoftkeyword test membership, as CPython's keyword module
does; this module is written for Refscope and holds nothing else.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match', 'type']

_kwset = {k: None for k in kwlist}
_softkwset = {k: None for k in softkwlist}


def iskeyword(s):
    return s in _kwset


def issoftkeyword(s):
    return s in _softkwset
