import _imp_circ_a
print(_imp_circ_a.A, _imp_circ_a._imp_circ_b.B)
try:
    import _imp_circ_c
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("_imp_circ_c" in sys.modules, "_imp_circ_d" in sys.modules)
