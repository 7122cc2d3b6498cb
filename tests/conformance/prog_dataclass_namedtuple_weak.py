# dataclasses (plain, frozen, slots) and namedtuples in weak containers: which
# are weakly referenceable and hashable, and when they leave.
import weakref, gc
from dataclasses import dataclass, field
from collections import namedtuple

@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    def __del__(self):
        print("del", self)

@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int

@dataclass(slots=True)
class SlotPoint:
    x: int

Pair = namedtuple("Pair", "a b")
s = weakref.WeakSet()
p = Point(1, 2)
s.add(p)
fp = FrozenPoint(1, 2)
s.add(fp)
print(len(s))
try:
    s.add(Pair(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(SlotPoint(1))
except TypeError as e:
    print("TypeError:", e)
wvd = weakref.WeakValueDictionary()
wvd["p"] = p
wkd = weakref.WeakKeyDictionary()
try:
    wkd[p] = 1
except TypeError as e:
    print("TypeError:", e)
wkd[fp] = "frozen"
print(wkd[FrozenPoint(1, 2)])
del p
print(len(s), list(wvd))
del fp
print(len(s), len(wkd))
class PairW(Pair):
    __slots__ = ("__weakref__",)
pw = PairW(3, 4)
r = weakref.ref(pw)
print(r().a, r())
del pw
print(r())
