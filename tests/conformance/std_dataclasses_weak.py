# Dataclass instances in weak containers: an eq=True dataclass is unhashable
# (no WeakSet / WeakKeyDictionary key), frozen ones hash by their fields,
# eq=False ones hash by identity; each dies when its last strong reference
# goes, leaving the weak containers.
import weakref
from dataclasses import dataclass, field

@dataclass(eq=False)
class Session:
    user: str
    tags: list = field(default_factory=list)
    def __del__(self):
        print("del", self.user)

@dataclass(frozen=True)
class Key:
    a: int
    b: int = 0

live = weakref.WeakSet()
s1, s2 = Session("ann"), Session("bob", ["admin"])
live.add(s1)
live.add(s2)
print(len(live), sorted(s.user for s in live), s2)
del s1
print("after del s1:", sorted(s.user for s in live))
cache = weakref.WeakValueDictionary()
cache[Key(1)] = s2
print(list(cache.keys()), hash(Key(1, 2)) == hash(Key(1, 2)))
del s2
print("after del s2:", len(live), list(cache.keys()))
