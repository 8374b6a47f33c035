# Conformance program classes: compared with python3.12 (stdout, stderr, exit code).
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"
d = Dog("Rex")
print(d, d.speak(), d.kind, Dog.kind, isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog)
print(Dog.__name__, Dog.__mro__, d.__class__.__name__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    __hash__ = None
p = Point(1, 2) + Point(3, 4)
print(p, str(p), len(p), p == Point(4, 6), p != Point(0, 0), p.x, getattr(p, "y"), hasattr(p, "z"))
class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(v):
        return v * 2
    @property
    def double(self):
        return self.count * 2
Counter.make(); Counter.make()
print(Counter.count, Counter.helper(21), Counter().double)
class Empty:
    pass
e = Empty()
e.attr = 1
print(e.attr, vars(e))
