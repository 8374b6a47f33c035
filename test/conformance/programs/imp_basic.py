import _imp_mod
import _imp_mod as again
print(_imp_mod is again, _imp_mod.VALUE, _imp_mod.helper(4))
import sys
print(sys.modules["_imp_mod"] is _imp_mod)
print(_imp_mod.__name__, _imp_mod.__package__, _imp_mod.__spec__.name, _imp_mod.__spec__.parent)
print(_imp_mod.__file__.endswith("_imp_mod.py"), _imp_mod.__doc__)
print(__name__, __package__, __spec__)
from _imp_mod import VALUE, helper as h
print(VALUE, h(2))
import sys as system, _imp_mod as m3
print(system is sys, m3 is _imp_mod)
print(type(_imp_mod).__name__)
del sys.modules["_imp_mod"]
import _imp_mod as fresh
print(fresh is _imp_mod, fresh.VALUE)
print(sys.path[0].endswith("programs"))
