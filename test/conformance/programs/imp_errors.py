def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, "|", e, "|", getattr(e, "name", "-"))

def a(): import _imp_does_not_exist
def b(): from _imp_mod import nothing_here
def c(): import _imp_mod.sub
def d(): from _imp_pkg import not_there
def e(): import _imp_pkg.nothing
def f(): from . import x
def g(): __import__("")
def h(): from .x import y
def i(): import _imp_pkg.other
def j(): __import__("_imp_mod", fromlist=[1])
def k(): __import__(1)
for fn in [a, b, c, d, e, f, g, h, i, j, k]:
    show(fn)
import sys
sys.modules["_imp_blocked"] = None
show(lambda: __import__("_imp_blocked"))
print(sorted(k for k in sys.modules if k.startswith("_imp_")))
