# dataclass trees with weakref parents and a WeakValueDictionary index:
# which nodes die when children are dropped or popped, frozen+slots
# instances not weakly referenceable, weakref_slot=True, and a dataclass
# cycle with __del__ counted by gc.collect() (with the classes slots=True
# discarded).
import weakref, gc
from dataclasses import dataclass, field
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "weakref.ref | None" = field(default=None, repr=False, compare=False)
    def add(self, child):
        child.parent = weakref.ref(self)
        self.children.append(child)
        return child
    def __del__(self):
        print("del", self.name)
root = Node("root")
a = root.add(Node("a")); b = root.add(Node("b")); a.add(Node("a1"))
print(root)
print(a.parent().name, a.children[0].parent().name)
wd = weakref.WeakValueDictionary({n.name: n for n in [root, a, b]})
print(sorted(wd))
del a, b
print("dropped a, b:", sorted(wd))
root.children.pop()
print("popped:", sorted(wd))
del root
print("after root:", sorted(wd))
@dataclass(frozen=True, slots=True)
class Key:
    a: int
    b: str
k = Key(1, "x")
try:
    weakref.ref(k)
except TypeError as e:
    print("TypeError", e)
@dataclass(slots=True, weakref_slot=True)
class WK:
    v: int
w = WK(3); r = weakref.ref(w); print(r() is w); del w; print(r())
@dataclass
class Cyc:
    name: str
    other: "Cyc | None" = None
    def __del__(self): print("del cyc", self.name)
x = Cyc("x"); y = Cyc("y", x); x.other = y
del x, y
print("collected", gc.collect())
