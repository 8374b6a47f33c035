"""Annotations under the annotations future are stored as strings."""
from __future__ import annotations

import typing

x: int = 1
y: list[dict[str, int | None]]
z: "already a string"
obj = object()
obj.attr: int = 2
items = {}
items["k"]: float
big: 1e400 + -2 ** 3 = 0


def f(a: int, b: list[int] = [], *args: *tuple[int, ...], c: lambda x, *y: x = 1, **kw: typing.Any) -> f"{a!r:>{b}}":
    local: Undefined = 3
    return local


class C:
    attr: C
    other: typing.ClassVar[int] = 0

    def method(self, other: C | None = None) -> C:
        return self

    async def amethod(self, p: (a, b), q: [c, *d]) -> {k: v for k, v in p}:
        pass


def closure():
    name = 1

    def inner(a: name) -> name:
        pass

    return inner
