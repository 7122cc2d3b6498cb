import dataclasses, weakref, gc
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

@dataclass(frozen=True)
class Frozen:
    a: int

@dataclass(slots=True)
class Slotted:
    v: int

@dataclass(slots=True, weakref_slot=True)
class SlottedWeak:
    v: int

p = Point(1)
r = weakref.ref(p, lambda r: print("Point died"))
print(p, r() is p)
ws = weakref.WeakSet([p])
print(len(ws))
del p
print(len(ws))
f = Frozen(1)
print(weakref.ref(f)() == Frozen(1))
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
s = Slotted(1)
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError", e)
sw = SlottedWeak(2)
print(weakref.ref(sw)().v)
print(hasattr(Slotted, "__slots__"), Slotted.__slots__, SlottedWeak.__slots__)

@dataclass
class TreeNode:
    name: str
    parent: "TreeNode" = None
    children: list = field(default_factory=list)
    def add(self, name):
        c = TreeNode(name, self)
        self.children.append(c)
        return c
    def __del__(self):
        print("TreeNode del", self.name)

root = TreeNode("root")
root.add("a").add("b")
print([c.name for c in root.children])
wr = weakref.ref(root)
del root
print("root alive (cycle):", wr() is not None)
gc.collect()
print("root alive:", wr() is not None)
print(dataclasses.asdict(Point(1, 2, ["t"])))
