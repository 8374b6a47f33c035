# PEP 695: type parameters and type aliases.
type Alias = int
type Generic[T] = list[T]
type Complex[T: int, *Ts, **P] = tuple[T, *Ts]
def f[T](x: T) -> T: return x
def g[T: (int, str), U](a: T, b: U): pass
class C[T]: pass
class D[*Ts, **P](Base[T]): pass
async def h[T](): pass
