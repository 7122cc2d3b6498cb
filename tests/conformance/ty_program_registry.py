# typing in an ordinary program: a Generic registry of weak references
# (annotations evaluated, the referents dying), aliases' reprs,
# get_type_hints, NamedTuple, TypedDict, runtime_checkable Protocol,
# Final/Literal module annotations, overload, TypeVar bound.
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator, List, Optional,
                    Protocol, Sequence, Tuple, TypeVar, Union, NamedTuple, TypedDict, Final, Literal,
                    cast, overload, get_type_hints, runtime_checkable, TYPE_CHECKING)
import weakref, gc
T = TypeVar("T")
K = TypeVar("K", bound="Hashable")

class Registry(Generic[T]):
    instances: ClassVar[int] = 0
    def __init__(self) -> None:
        self._items: Dict[str, weakref.ReferenceType[T]] = {}
        Registry.instances += 1
    def add(self, name: str, item: T) -> None:
        self._items[name] = weakref.ref(item)
    def get(self, name: str) -> Optional[T]:
        r = self._items.get(name)
        return r() if r is not None else None
    def names(self) -> List[str]:
        return sorted(n for n, r in self._items.items() if r() is not None)

class Widget:
    def __init__(self, name: str) -> None:
        self.name = name
    def __del__(self) -> None:
        print("del widget", self.name)

reg: Registry[Widget] = Registry()
w1, w2 = Widget("a"), Widget("b")
reg.add("a", w1); reg.add("b", w2)
print(reg.names(), reg.get("a").name, Registry.instances)
del w1
print(reg.names(), reg.get("a"))
print(Registry[int], Registry.__parameters__, Optional[int], Union[int, str], List[Tuple[int, ...]], Callable[[int], str])
print(get_type_hints(Registry.add), Registry.get.__annotations__)
class Point(NamedTuple):
    x: int
    y: int = 0
print(Point(1), Point._fields, Point.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self) -> None: pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first([3, 4]), cast(int, "x"), TYPE_CHECKING, first.__annotations__)
MAX: Final = 10
mode: Literal["r", "w"] = "r"
print(__annotations__)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), T, K.__bound__, T.__name__)
del w2
print("end")
