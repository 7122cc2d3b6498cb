# collections.abc.Callable[[int], str]: the _CallableGenericAlias subclass of
# types.GenericAlias (flattened __args__, CPython's repr, unions, TypeVar
# substitution, errors), and the other collections.abc generics.
import collections.abc as cabc
import types, gc, weakref
from collections.abc import Callable, Iterable
from typing import TypeVar
T = TypeVar("T")
c = Callable[[int], str]
print(c, c.__args__, type(c), type(c).__mro__, isinstance(c, types.GenericAlias), c.__origin__)
print(Callable[..., int], Callable[..., int].__args__, Callable[[], None], Callable[[int, str], bool] == Callable[[int, str], bool])
print(Callable[[int], str] | None, None | Callable[[], int], hash(c) == hash(Callable[[int], str]))
print(Callable[[T], T][int], Callable[[T], list[T]].__parameters__, Iterable[int], cabc.Mapping[str, int])
try: Callable[int]
except TypeError as e: print("TypeError:", e)
try: Callable[int, str]
except TypeError as e: print("TypeError:", e)
try: isinstance(print, Callable[[int], str])
except TypeError as e: print("TypeError:", e)
print(isinstance(print, Callable), c.__parameters__, weakref.ref(c)() is c, gc.is_tracked(c))
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
print(apply(lambda v: v + 1, 2), apply.__annotations__)
print(Callable[[int], str]("x") if False else "not callable check")
