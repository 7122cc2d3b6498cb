# typing: Generic[T] classes, TypeVar bounds, runtime_checkable Protocol,
# NamedTuple with defaults, TypedDict total=False, the reprs of
# Optional/Union/List/Dict/Callable/Literal/ClassVar/Final, get_type_hints,
# cast, PEP 604 unions, overload, the Generic errors.
from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, Optional, Union, List, Dict, Callable, Any, runtime_checkable, ClassVar, Iterator, overload, cast, get_type_hints, Literal, Final
T = TypeVar('T')
K = TypeVar('K', bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__, T, K.__bound__)
print(type(s).__name__, Stack.__orig_bases__ if hasattr(Stack, '__orig_bases__') else None)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("bob")
print(e, e._fields, e._field_defaults, Emp.__annotations__, e._replace(id=9), tuple(e))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, Movie.__annotations__, Movie.__total__, type(m).__name__)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Any)
print(Union[int, None] == Optional[int], Literal['a', 'b'], ClassVar[int], Final[int])
def f(x: int, y: 'str' = 'a') -> Optional[int]: return None
print(get_type_hints(f), f.__annotations__)
print(cast(int, "s"), int | None, list[int], dict[str, int] | None)
class Cfg:
    debug: ClassVar[bool] = False
    name: str
print(Cfg.__annotations__, get_type_hints(Cfg))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3))
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Generic()
except TypeError as e:
    print("TypeError", e)
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), Iterator[int])
