print("b start")
import _imp_circ_a
try:
    print(_imp_circ_a.A)
except AttributeError as e:
    print("AttributeError", e)
B = "b"
