"""Dataclasses with lifetimes: ordering, frozen, post_init, field factories."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields
import weakref


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Package:
    name: str
    version: Version
    deps: list = field(default_factory=list)
    _id: int = field(default=0, repr=False, compare=False)

    def __post_init__(self):
        if not self.name.isidentifier():
            raise ValueError(f"bad package name {self.name!r}")

    def __del__(self):
        print(f"  package {self.name} gone")


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs), Version(1) == Version(1, 0, 0), Version(2) > Version(1, 9))
print([str(v) for v in sorted(vs, reverse=True)])
p = Package("core", Version(1))
q = Package("ext", Version(0, 1), deps=[p])
print(p)
print(q)
print(asdict(q)["deps"][0]["version"], astuple(p))
print([f.name for f in fields(Package)])
try:
    Package("bad-name", Version(1))
except ValueError as e:
    print("ValueError:", e)
pt = Point(1, 2)
print(pt, pt.moved(1, 1), hash(pt) == hash(Point(1.0, 2.0)))
try:
    pt.x = 5
except Exception as e:
    print(type(e).__name__, e)
r = weakref.ref(p)
del p
print("p still referenced by q.deps:", r() is not None)
q.deps.clear()
print("after clear:", r())
print(Package.__eq__(q, Package("ext", Version(0, 1))), q == Package("ext", Version(0, 1), _id=5))
del q
print(repr(Version), Version.__match_args__, Point.__dataclass_params__.frozen)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False)

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
root.add(Node("a")).add(Node("a1"))
root.add(Node("b"))
print(root)
print(root.children[0].children[0].parent.parent is root)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
