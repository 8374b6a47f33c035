a = [i * 2 for i in range(3)]; a; print(a); b: int = 1; 1 + 2
