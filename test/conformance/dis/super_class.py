class Base:
    def hello(self, n):
        return n
class Child(Base):
    def hello(self, n):
        r = super().hello(n)
        return super(Child, self).hello(r)
    def cls(self):
        return __class__
    def attr(self):
        return super().hello
