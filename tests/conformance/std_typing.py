# typing: the names a program imports and prints (aliases, Optional/Union
# flattening, TypeVar reprs, Generic as a base, cast, NewType, get_origin/
# get_args).
from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, Tuple, Iterable, cast, TYPE_CHECKING
import typing
T = TypeVar('T')
K = TypeVar('K', covariant=True)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Any, T, K)
print(Union[int], Tuple[int, str], Iterable[str], Callable[[int, str], bool], typing.List)
class Box(Generic[T]):
    def __init__(self, item):
        self.item = item
b = Box(5)
print(b.item, isinstance(b, Generic), cast(int, '3'), TYPE_CHECKING, List[int] == List[int])
def f(x):
    return x
print(typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]), typing.NewType('UserId', int)(5))
