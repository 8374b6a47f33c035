from _imp_mod import *
print(VALUE, helper(3))
try:
    print(_private)
except NameError as e:
    print("NameError", e)
try:
    print(boom)
except NameError as e:
    print("NameError", e)
from _imp_getattr import *
from _imp_getattr import dynamic
print(dynamic)
import _imp_getattr
print(_imp_getattr.dynamic)
try:
    _imp_getattr.other
except AttributeError as e:
    print("AttributeError", e)
try:
    from _imp_getattr import other
except ImportError as e:
    print("ImportError", e)
import sys
print(sorted(n for n in sys.modules[__name__].__dict__ if not n.startswith("__")))
