"""Annotations as strings (PEP 563) under `from __future__ import annotations`."""
# from __future__ import annotations: every annotation of the module is
# stored as the text CPython's compiler makes of it (never evaluated, so
# forward references and undefined names are fine); get_type_hints
# evaluates them; dataclasses and NamedTuple keep working.
from __future__ import annotations

import __future__
import typing
from dataclasses import dataclass, field
from typing import Callable, Dict, List, NamedTuple, Optional, get_type_hints


class Node:
    parent: Optional[Node]
    children: List[Node] = []
    weights: dict[str, float | None]
    label: "quoted"

    def attach(self, child: Node, *, weight: float = 1.0, **extra: int) -> Node | None:
        return None


def handler(cb: Callable[[int, str], bool], data: tuple[()], rest: tuple[int, ...] = ()) -> Dict[str, List[int]]:
    x: UndefinedName = 3
    return {}


def exotic(a: 1 + 2 * 3, b: (1 + 2) * 3, c: -x ** 2, d: (-x) ** 2, e: not a or b and c, f: a if b else c,
           g: f(x, *y, k=1, **z), h: [1, 2], i: {1: 2}, j: {1, 2}, k: x[1:2, ::3], l: x.y.z, m: "it's",
           n: b"by", o: 1.5, p: 1e100, q: None, r: ..., s: lambda q, *w: q, u: 1 .real,
           v: a < b <= c, w: x[()], y: x[(1,)]) -> f"{x!r:>10}":
    pass


print(Node.__annotations__)
print(Node.attach.__annotations__)
print(handler.__annotations__)
for k, v in exotic.__annotations__.items():
    print(k, v)
print(handler(None, ()), __future__.annotations, __future__.annotations.compiler_flag)
print(get_type_hints(Node.attach))
print(get_type_hints(handler))


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


print(Point(1), Point.__annotations__, Point.__dataclass_fields__["tags"].type)


class Pair(NamedTuple):
    left: int
    right: Optional[Pair] = None


print(Pair(1, Pair(2)), Pair.__annotations__)
print(__annotations__ if "__annotations__" in dir() else None)
module_level: Dict[str, int] = {}
print(__annotations__)
