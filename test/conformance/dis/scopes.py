x = 1
def a():
    global x
    x = 2
    def b():
        y = x
        def c():
            nonlocal y
            y = 3
            return y
        return c
    return b

class K:
    v = 1
    def m(self):
        return v
    w = [v for _ in range(2)]

def cellarg(p):
    def q():
        return p
    p = 2
    return q
