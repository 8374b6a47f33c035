# Conformance program exc_carets_binop: the caret line under a failing binary operation inside a
# larger expression, with a method call on the same line (3.12's ~~~^^^ anchors).
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
def compute(a, b):
    total = a.get() + 1
    return total * 2 + b.get() // (a.get() - 3)
print(compute(Box(5), Box(7)))
print(compute(Box(3), Box(7)))
