import dataclasses, weakref, gc

@dataclasses.dataclass(slots=True, weakref_slot=True)
class Point:
    x: int
    y: int
    def __del__(self):
        print("Point del", self.x, self.y)

p = Point(1, 2)
r = weakref.ref(p)
print(r() == Point(1, 2))
print("__weakref__" in Point.__slots__, hasattr(p, "__dict__"))
del p
print(r())

@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
    parent: object = None
    def __del__(self):
        print("Node del", self.name)

root = Node("root")
kid = Node("kid", parent=root)
root.children.append(kid)
print(repr(kid)[:30])
del kid
print("dropping root")
del root
gc.collect()
print("end")
