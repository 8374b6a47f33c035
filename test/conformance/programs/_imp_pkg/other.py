from ._missing import nothing
