from _imp_circ_c import C
D = "d"
