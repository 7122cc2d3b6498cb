"""A typed decorator toolkit: ParamSpec, Concatenate, TypeVar, Protocol, IO."""
from __future__ import annotations
import functools
import io
import sys
import time
from typing import (Any, Callable, Concatenate, Generic, IO, Iterator, ParamSpec,
                    Protocol, TextIO, TypeVar, get_type_hints, overload, TYPE_CHECKING)
import typing

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class Clock(Protocol):
    def __call__(self) -> float: ...


class FakeClock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        self.t += 0.25
        return self.t


def timed(clock: Clock, out: TextIO) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                print(f"{fn.__name__} took {clock() - start:.2f}s", file=out)
        return wrapper
    return deco


class Request:
    def __init__(self, user: str) -> None:
        self.user = user


def with_request(fn: Callable[Concatenate[Request, P], R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return fn(Request("anonymous"), *args, **kwargs)
    return inner


def retry(times: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            last: Exception | None = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            assert last is not None
            raise last
        return inner
    return deco


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, f: Callable[[T], R]) -> Box[R]:
        return Box(f(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


log = io.StringIO()
clock = FakeClock()


@timed(clock, log)
def slow_add(a: int, b: int = 1) -> int:
    return a + b


@with_request
def greet(req: Request, greeting: str, *, punct: str = "!") -> str:
    return f"{greeting}, {req.user}{punct}"


calls = iter([ValueError("flaky"), ValueError("still flaky"), 7])


@retry(3)
def flaky() -> int:
    v = next(calls)
    if isinstance(v, Exception):
        raise v
    return v


print(slow_add(2), slow_add(2, b=5))
print(log.getvalue(), end="")
print(greet("hello"), greet("hi", punct="?"))
print("flaky ->", flaky())
print(Box(3).map(str).map(len), Box[int], Box[int](5).__orig_class__)
print(slow_add.__wrapped__.__annotations__)
print(get_type_hints(slow_add.__wrapped__))
print(greet.__annotations__["req"] if "req" in greet.__annotations__ else greet.__annotations__)
print(typing.Callable[P, R], typing.Callable[Concatenate[int, P], R], P.args, P.kwargs)
print(typing.Callable[P, R][[int, str], bool], typing.get_args(typing.Callable[[int], str]))


def dump(lines: Iterator[str], out: IO[str]) -> int:
    n = 0
    for line in lines:
        n += out.write(line + "\n")
    return n


buf = io.StringIO()
print(dump(iter(["a", "bb"]), buf), repr(buf.getvalue()), TYPE_CHECKING)
print(isinstance(clock, Clock) if hasattr(Clock, "_is_runtime_protocol") and Clock._is_runtime_protocol else "not runtime")
print(typing.IO[str], typing.TextIO.__mro__[1:], typing.Pattern[str])
