print("leaf", __name__, __package__)
from .. import sub as parent_sub
from ..sub import __name__ as sub_name
LEAF = "leaf"
print("parent", parent_sub.__name__, sub_name)
