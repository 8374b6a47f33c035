# PEP 695: generic functions and classes, bounds, constraints, ParamSpec,
# TypeVarTuple, defaults, generic bases and type aliases.
def first[T](xs: list[T]) -> T:
    return xs[0]


def bounded[T: int, U: (str, bytes)](a: T, b: U = "x", *, c: int = 1) -> tuple[T, U]:
    return a, b


def variadic[*Ts, **P](f, *args: *Ts) -> None:
    pass


def with_defaults[T](a, b=2):
    return a


async def agen[T](x: T):
    yield x


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def map[U](self, f) -> "Box[U]":
        return Box(f(self.item))


class Pair[K, V](dict, metaclass=type):
    pass


class Outer:
    class Inner[T]:
        x: T

    def method[M: Outer](self, m: M) -> M:
        return m

    type Alias = list[Outer]


type IntList = list[int]
type Mapping[K, V] = dict[K, list[V]]
type Recursive[T: int] = T | list[Recursive[T]]


def make_alias():
    type Local = int
    return Local
