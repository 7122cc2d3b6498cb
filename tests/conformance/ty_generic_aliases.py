# The typing aliases of builtin and collections.abc types: List, Dict, Set,
# FrozenSet, Tuple (with ... and ()), Callable (argument list, ...), Type,
# Iterator, Iterable, Generator, Sequence, Mapping, Deque, DefaultDict,
# Counter; reprs, __origin__/__args__, get_origin/get_args, wrong argument
# counts, instantiating them, isinstance with bare and subscripted aliases.
from typing import (Callable, Counter, DefaultDict, Deque, Dict, FrozenSet, Generator,
                    Iterable, Iterator, List, Mapping, Sequence, Set, Tuple, Type,
                    get_args, get_origin)
import typing

print(List, List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Type[int])
print(Tuple, Tuple[int, ...], Tuple[()], Tuple[()].__args__, Tuple[int, str])
print(Callable, Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], bool].__args__)
print(Iterator[int], Iterable[str], Generator[int, None, None], Sequence[int], Mapping[str, int])
print(Deque[int], DefaultDict[str, int], Counter[str], typing.OrderedDict[str, int], typing.ChainMap[str, int])
print(List.__origin__, List[int].__origin__, Iterator[int].__origin__, Callable.__origin__)
print(get_origin(List[int]), get_origin(list[int]), get_origin(int | str), get_origin(typing.Optional[int]), get_origin(int))
print(get_args(Dict[str, int]), get_args(int | str), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(int))
print(List[int] == List[int], List[int] == list[int], List[int] == List[str], hash(List[int]) == hash(List[int]))
print(List[int] | None, int | List[int], typing.Optional[int] | str)
print(isinstance([], List), isinstance({}, Mapping), isinstance(iter([]), Iterator), issubclass(dict, Mapping))
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]("aab"))
for expr in ["List[int, str]", "Dict[int]", "List()", "List[int]()", "Dict[str, int]()",
             "isinstance([], List[int])", "Callable[int]", "Callable[int, str]", "Tuple[int, ...][int]"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
print(typing.Text, typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.ByteString)
