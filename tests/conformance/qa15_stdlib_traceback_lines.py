# Tracebacks through the standard library as python3 shows them: a frame
# of random.py at CPython's line with CPython's text (randint's
# `return self.randrange(a, b+1)`), no frames at all for the C modules
# _struct and _queue (struct.pack, SimpleQueue.get), a strict csv reader's
# "unexpected end of data" without a StopIteration as its context, and
# typing.get_type_hints stripping Annotated/Required/NotRequired unless
# include_extras=True.
import csv
import heapq
import os
import queue
import random
import struct
import sys
import traceback
from fractions import Fraction
from typing import Annotated, NotRequired, Required, TypedDict, get_type_hints

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(os.__file__)


def report(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception:
        text = traceback.format_exc().replace(HERE + os.sep, "").replace(LIB, "<lib>")
        print(text, end="")


report(random.randint, 5, 1)
report(random.Random(3).randint, 10, 2)
report(struct.pack, "<h", 70000)
report(struct.unpack, "<i", b"\x00\x01")
q = queue.SimpleQueue()
report(q.get_nowait)
report(q.get, timeout=-1)
report(lambda: list(csv.reader(['a,"b'], strict=True)))
report(heapq.heappush, [1], "x")
report(Fraction(1, 3).limit_denominator, 0)


class Movie(TypedDict):
    title: str
    rating: NotRequired[float]


class Partial(TypedDict, total=False):
    year: Required[int]
    note: Annotated[str, "free text"]


def scale(x: Annotated[float, "unit"], times: list[Annotated[int, "count"]]) -> Annotated[float, "unit"]:
    return x * len(times)


print(get_type_hints(Movie))
print(get_type_hints(Partial))
print(get_type_hints(Partial, include_extras=True))
print(get_type_hints(scale))
print(get_type_hints(scale, include_extras=True)["x"])
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), sorted(Movie.__optional_keys__))
