import typing
from typing import (Callable, ParamSpec, TypeVar, Concatenate, IO, TextIO, BinaryIO,
                    Pattern, Match, AsyncIterator, Coroutine, TypeVarTuple, ParamSpecArgs, get_args, get_origin)
import functools, io, re
P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.__name__, P.__module__, Ts, list(Ts))
print(Callable[P, R], Callable[Concatenate[int, P], R], Callable[..., R], Callable[[int], str])
print(Callable[P, R].__parameters__, Callable[P, R][[int, str], bool], Callable[P, R][..., int])
print(get_args(Callable[P, R]), get_origin(Callable[P, R]))
def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner
@logged
def add(x: int, y: int = 2) -> int:
    return x + y
print(add(1, y=5), add.__annotations__, logged.__annotations__)
def w(f: IO[str], g: TextIO, h: BinaryIO, p: Pattern[str], m: Match[bytes]) -> AsyncIterator[int]: ...
print(w.__annotations__)
print(IO, TextIO, BinaryIO, IO[str], IO.__parameters__, TextIO.__mro__, issubclass(io.StringIO, TextIO))
print(Coroutine[int, str, bool], typing.AsyncGenerator[int, None], typing.AsyncIterable)
print(typing.dataclass_transform()(type("K", (), {})).__dataclass_transform__)
print(typing.no_type_check_decorator(lambda f: f)(add) is add)
try:
    Concatenate[int]
except TypeError as e: print(e)
try:
    Callable[P, R][1, 2]
except TypeError as e: print(e)
print(P == P, hash(P) == hash(P), P | None, sorted(n for n in typing.__all__ if not hasattr(typing, n)))
print(Pattern, Match, Pattern[str], re.compile("x").__class__)
