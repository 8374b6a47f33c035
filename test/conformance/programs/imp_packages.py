import _imp_pkg
print(_imp_pkg.PKG_VALUE, _imp_pkg.LEAF_ALIAS, _imp_pkg.sub.leaf.LEAF)
print(_imp_pkg.__package__, _imp_pkg.__spec__.parent, _imp_pkg.sub.__package__, _imp_pkg.sub.leaf.__package__)
print(len(_imp_pkg.__path__), _imp_pkg.__path__[0].endswith("_imp_pkg"))
import _imp_pkg.sub.leaf as leaf
print(leaf.LEAF, leaf is _imp_pkg.sub.leaf)
from _imp_pkg.sub import leaf as l2
print(l2 is leaf)
import _imp_pkg.sub
print(_imp_pkg.sub.__name__)
m = __import__("_imp_pkg.sub.leaf")
print(m.__name__)
m = __import__("_imp_pkg.sub.leaf", fromlist=["LEAF"])
print(m.__name__)
import _imp_ns.inner.mod
print(_imp_ns.inner.mod.NS, _imp_ns.__file__ if hasattr(_imp_ns, "__file__") else None)
print(_imp_ns.__spec__.origin, _imp_ns.__spec__.submodule_search_locations is not None)
