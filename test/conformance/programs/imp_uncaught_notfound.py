import sys
print(len(sys.modules) > 2)
from _imp_pkg import sub
import _imp_no_such_module
