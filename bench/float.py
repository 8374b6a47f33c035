"""Benchmark: many small objects holding floats (the pyperformance "float"
kind): build points, normalise them, and fold them with max.

Measures object creation and destruction, float arithmetic, attribute
access and method calls. It deliberately computes sine and cosine with its
own short series (no `import math`, which Refscope may not have yet).
"""

PI = 3.141592653589793


def sin(x):
    # Reduce to [-pi, pi], then a Taylor series good to about 1e-12 there.
    x = x % (2 * PI)
    if x > PI:
        x -= 2 * PI
    term = x
    total = x
    x2 = x * x
    k = 1
    while k < 12:
        term = -term * x2 / ((2 * k) * (2 * k + 1))
        total += term
        k += 1
    return total


def cos(x):
    return sin(x + PI / 2)


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    points = []
    for i in range(n):
        points.append(Point(i))
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


for _ in range(2):
    best = run(20000)
print("%.9f %.9f %.9f" % (best.x, best.y, best.z))
