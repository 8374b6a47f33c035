# Class definitions with bases, keywords, decorators and bodies.
class A: pass
class B(A): x = 1
class C(A, B, metaclass=M, **kw):
    """Doc."""
    attr: int = 0
    def method(self):
        return self.attr
    @property
    def prop(self): return 1
    class Inner:
        pass
@dataclass(frozen=True)
class D(*bases): pass
class E(): pass
