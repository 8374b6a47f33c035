# Conformance program functions: compared with python3.12 (stdout, stderr, exit code).
def greet(name, greeting="Hello", *args, sep=", ", **kwargs):
    return greeting + sep + name + str(args) + str(sorted(kwargs.items()))
print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, sep="; ", x=1, y=2))
print(greet(greeting="Yo", name="Cy"))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
def kw_only(*, k=1):
    return k
print(kw_only(), kw_only(k=5))
args = (1, 2)
kwargs = {"c": 3}
print(pos_only(*args, **kwargs))
f = lambda x, y=2: x * y
print(f(3), f(3, 3), (lambda: "nothing")())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])
def no_return():
    pass
print(no_return())
def doc():
    "A docstring."
    return doc.__doc__
print(doc(), fact.__name__, greet.__defaults__)
