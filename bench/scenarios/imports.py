# An ordinary program's start: import the stdlib modules programs use most
# (dataclasses, typing, collections, functools, enum) and use each once.
import collections
import dataclasses
import enum
import functools
import typing

N = 1


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def total(xs: typing.List[int]) -> int:
    return functools.reduce(lambda a, b: a + b, xs, 0)


print(Point(N), Color.RED, total([1, 2, 3]), collections.Counter("abca").most_common(1))
