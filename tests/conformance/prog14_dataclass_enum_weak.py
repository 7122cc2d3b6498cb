import weakref
import gc
from dataclasses import dataclass, field, asdict
from collections import namedtuple
from enum import Enum, auto

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    def __del__(self):
        print("Point del", self.x, self.y)

@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int

@dataclass(slots=True)
class Slotted:
    a: int

@dataclass(slots=True, weakref_slot=True)
class SlottedWeak:
    a: int

Pair = namedtuple("Pair", "left right")

class Color(Enum):
    RED = auto()
    GREEN = auto()

reg = weakref.WeakValueDictionary()
p = Point(1, 2)
reg["p"] = p
print(sorted(reg.keys()), asdict(p))
del p
print(sorted(reg.keys()))
fp = FrozenPoint(3, 4)
ws = weakref.WeakSet([fp])
print(len(ws), hash(fp) == hash(FrozenPoint(3, 4)))
wkd = weakref.WeakKeyDictionary()
wkd[fp] = "meta"
print(wkd[FrozenPoint(3, 4)])
del fp
print(len(ws), len(wkd))
try:
    weakref.ref(Slotted(1))
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak(2)
print(weakref.ref(sw)() is sw, SlottedWeak.__slots__)
try:
    weakref.ref(Pair(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(weakref.ref(Color.RED)() is Color.RED)
wcolor = weakref.WeakKeyDictionary({Color.RED: "r", Color.GREEN: "g"})
print(sorted(v for v in wcolor.values()))
class PairW(Pair):
    __slots__ = ("__weakref__",)
try:
    pw = PairW(1, 2)
    print("PairW", weakref.ref(pw)() is pw)
except TypeError as e:
    print("TypeError:", e)
class PairD(Pair):
    pass
pd = PairD(5, 6)
r = weakref.ref(pd)
print(r() is pd, pd.left)
del pd
print(r())
pts = [Point(i) for i in range(3)]
for q in pts:
    reg[q.x] = q
pts[0].tags.append(pts[0])
del pts
print(sorted(reg.keys()))
gc.collect()
print(sorted(reg.keys()))
