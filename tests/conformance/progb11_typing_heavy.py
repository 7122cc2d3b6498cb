from __future__ import annotations
from typing import (TypedDict, Protocol, Generic, TypeVar, overload, Literal, ClassVar, Optional, Union,
                    Callable, Iterator, NamedTuple, Final, Any, runtime_checkable, get_type_hints, cast, Sequence, Dict, List)
from dataclasses import dataclass, field
import typing

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")

class Movie(TypedDict, total=False):
    title: str
    year: int

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closed")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

Mode = Literal["r", "w"]
def open_it(mode: Mode = "r") -> str:
    return f"mode {mode}"

@dataclass
class Config:
    name: str
    retries: int = 3
    tags: list[str] = field(default_factory=list)
    VERSION: ClassVar[str] = "1.0"
    MAX: Final = 10
    handler: Optional[Callable[[int], str]] = None

m: Movie = {"title": "Up"}
m["year"] = 2009
print(m, type(m), sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
p = Point(3, 4)
print(p, p.norm(), p._fields, Point._field_defaults, Point.__annotations__)
print(isinstance(Resource(), Closable), isinstance(1, Closable))
s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
print(list(s), s.pop(), Stack[int], Stack.__parameters__, type(s).__orig_bases__ if hasattr(type(s), "__orig_bases__") else None)
print(double(4), double("ab"), open_it(), open_it("w"))
c = Config("svc", handler=str)
print(c, Config.VERSION, c.MAX, c.handler(5))
print(Config.__annotations__)
print(get_type_hints(Config)["retries"], get_type_hints(open_it))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], list[int], dict[str, list[int]], int | None)
print(Callable[[int, str], bool], Literal["a", 1], typing.get_args(Union[int, str]), typing.get_origin(list[int]), typing.get_origin(Literal["x"]))
print(cast(int, "not really"), T, K.__bound__, T.__name__, Sequence[int], Dict[str, int], List)
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first("abc"), first.__annotations__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
class Tree(Generic[T]):
    def __init__(self, v: T, kids: "list[Tree[T]]" = None):
        self.v, self.kids = v, kids or []
    def walk(self) -> Iterator[T]:
        yield self.v
        for k in self.kids:
            yield from k.walk()
print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)]).walk()))
print(typing.TYPE_CHECKING, Any, typing.NoReturn, typing.Type[int], typing.Tuple[int, ...])
