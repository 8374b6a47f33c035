x: int = 1
y: str
z: "list[int]" = []
class C:
    a: int
    b: float = 2.0
def f(a: int, b: "str" = "", *c: int, d: bool, **e: dict) -> None:
    v: int = 3
    w: list
    return None
obj = C()
obj.attr: int = 5
