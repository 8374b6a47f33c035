print("main start")
try:
    import _imp_raises
except ValueError as e:
    print("caught", e)
import sys
print("_imp_raises" in sys.modules)
import _imp_raises
