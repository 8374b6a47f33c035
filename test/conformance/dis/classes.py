class A:
    """doc"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @property
    def p(self):
        return self.__secret

class B(A, metaclass=type):
    def get(self):
        return super().get() + 1

b = B(3)
print(b.get(), b.v)
