# dataclasses: fields, defaults, default_factory, __post_init__, order,
# frozen, hashing, asdict/astuple/replace/fields, __init__ argument errors
# worded as 3.11, dataclass instances in weak containers.
import dataclasses, weakref, gc
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = 'nobody'
    count: int = field(default=0, repr=False)
    def __post_init__(self):
        self.count = len(self.items)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(3), Point(y=5, x=4))
print(Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
inv = Inventory(['a', 'b'])
print(inv, inv.count, asdict(inv), astuple(Point(1, 2)), replace(p, y=9))
print([f.name for f in fields(Inventory)], dataclasses.is_dataclass(p), dataclasses.is_dataclass(int))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
print(Point.__eq__ is not object.__eq__, Point.__hash__, Point.__match_args__, Point.__init__.__qualname__)
@dataclass(eq=False)
class Node:
    name: str
    def __del__(self):
        print("del", self.name)
try:
    weakref.WeakSet([Point(0)])
except TypeError as e:
    print("TypeError:", e)
ws = weakref.WeakSet([Node('a')])
print("weakset after temp died:", len(ws))
n = Node('kept')
wd = weakref.WeakValueDictionary({'k': n})
print(list(wd.keys()))
del n
print("after del:", list(wd.keys()))
