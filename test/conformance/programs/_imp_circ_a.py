print("a start")
import _imp_circ_b
A = "a"
print("a end", _imp_circ_b.B)
