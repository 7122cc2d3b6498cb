# An ordinary program (qa14 sweep): typing Protocols (runtime_checkable),
# Generic classes, NamedTuple, TypedDict, ABCs, annotations and
# inspect.signature; popping an empty Stack ends it.
from __future__ import annotations
from typing import Protocol, TypeVar, Generic, Iterable, Iterator, Callable, runtime_checkable, NamedTuple, TypedDict, overload, Any
from abc import ABC, abstractmethod

T = TypeVar("T")
K = TypeVar("K")

@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...

class Circle:
    def __init__(self, r: float) -> None:
        self.r = r
    def area(self) -> float:
        return 3.14159 * self.r ** 2

class Square:
    def __init__(self, s: float) -> None:
        self.s = s
    def area(self) -> float:
        return self.s * self.s

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)
    def __repr__(self) -> str:
        return f"Stack({self._items})"

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Movie(TypedDict):
    title: str
    year: int

class Animal(ABC):
    @abstractmethod
    def sound(self) -> str: ...
    def speak(self) -> str:
        return f"{type(self).__name__} says {self.sound()}"

class Dog(Animal):
    def sound(self) -> str:
        return "woof"

def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)

def group_by(items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out

shapes = [Circle(1), Square(2), Circle(0.5)]
print(f"{total_area(shapes):.4f}", isinstance(Circle(1), Shape), isinstance(3, Shape))
s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), list(s), s.pop())
p = Point(3, 4)
print(p, p.dist(), p._asdict(), p._replace(y=1), Point(1), Point._fields, Point._field_defaults)
x, y = p
print(x, y, p[0], p + (5,))
m: Movie = {"title": "Up", "year": 2009}
print(m, Movie.__annotations__ if False else sorted(Movie.__required_keys__))
print(Dog().speak())
try:
    Animal()
except TypeError as e:
    print(e)
print(group_by(["apple", "avocado", "banana", "cherry", "blueberry"], lambda w: w[0]))
print(total_area.__annotations__)
print(Stack[int], Stack.__parameters__, T, list[int], dict[str, list[int]], int | None)
def f(a: int, b: str = "x", *args: float, c: bool = True, **kw: Any) -> None: ...
import inspect
print(inspect.signature(f))
print(Stack().pop())
