# Function definitions: every parameter kind, annotations, defaults, decorators.
def f(): pass
def g(a, b=1, *args, c, d=2, **kwargs): return a
def h(a, b, /, c, d=3, *, e, f=4): pass
def i(a=1, /, b=2): pass
def j(*, a): pass
def k(a: int, b: str = 'x', *args: int, c: bool, **kw: dict) -> None:
    """Docstring."""
    return
def l(*args: *Ts): pass
@decorator
@decorator.attr(arg)
@(lambda f: f)
def m(self):
    x = 1
    return x
def n(a,
      b,
      ): ...
