print("init", __name__, __package__)
from . import sub
from .sub import leaf
from .sub.leaf import LEAF as LEAF_ALIAS
PKG_VALUE = "pkg"
