# An ordinary typed program: a Generic stack with a classmethod factory,
# enums in annotations, a runtime_checkable Protocol used to close
# resources (deaths after the list goes), a Callable alias for a decorator
# registry, a Generic tree node with a weak parent reference.
from typing import Generic, TypeVar, Iterator, Protocol, runtime_checkable, Optional, Dict, Any, Callable, Union, overload
import enum, weakref, gc
T = TypeVar("T")
K = TypeVar("K", bound="Comparable")

class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __iter__(self) -> Iterator[T]:
        yield from reversed(self._items)
    @classmethod
    def of(cls, *items: T) -> "Stack[T]":
        s = cls()
        for i in items: s.push(i)
        return s
    def __repr__(self) -> str:
        return f"Stack({self._items!r})"

s = Stack[int].of(1, 2, 3)
print(s, list(s), s.pop(), Stack.of("a"))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
def paint(c: Color, cache: Dict[Color, str] = {}) -> Optional[str]:
    return cache.get(c)
print(paint(Color.RED), paint.__annotations__["c"], Union[Color, None])

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class Res:
    def __init__(self, name): self.name = name
    def close(self): print("closing", self.name)
    def __del__(self): print("del", self.name)

def close_all(items: list[object]) -> int:
    n = 0
    for it in items:
        if isinstance(it, Closer):
            it.close(); n += 1
    return n
rs = [Res("a"), 3, Res("b")]
print(close_all(rs))
del rs
print("after del")
Handler = Callable[[str], None]
registry: dict[str, Handler] = {}
def register(name: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        registry[name] = fn
        return fn
    return deco
@register("hello")
def hello(who: str) -> None:
    print("hello", who)
registry["hello"]("world")
print(register.__annotations__, Handler)
class Node(Generic[T]):
    def __init__(self, value: T, parent: "Optional[Node[T]]" = None):
        self.value = value
        self.parent = weakref.ref(parent) if parent else None
root = Node[int](1)
child = Node(2, root)
print(child.parent() is root, root.__orig_class__)
del root
gc.collect()
print(child.parent())
