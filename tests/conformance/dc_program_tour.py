# dataclasses as programs use them: order, frozen errors, KW_ONLY,
# InitVar and __post_init__ linking a tree (collected as a cycle),
# slots with weakref_slot, replace/asdict/astuple, make_dataclass, the
# generated __hash__ (hash of the field tuple) and the definition errors.
import dataclasses, gc, weakref
from dataclasses import dataclass, field, KW_ONLY, InitVar, asdict, astuple, replace, fields

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def __del__(self):
        print("del point", self.x, self.y)

@dataclass
class Node:
    name: str
    _: KW_ONLY
    parent: "Node | None" = None
    children: list = field(default_factory=list)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        print("post_init", self.name, scale)
        if self.parent:
            self.parent.children.append(self)
    def __del__(self):
        print("del node", self.name)

@dataclass(slots=True, weakref_slot=True)
class Slot:
    a: int
    b: str = "x"

gc.collect()  # slots=True made a new class: the first one is garbage now

v1, v2 = Version(1, 2), Version(1, 10, ["beta"])
print(v1, v2, v1 < v2, sorted([v2, v1]), v1 == Version(1, 2, ["x"]))
p = Point(1.5)
print(p, hash(p) == hash(Point(1.5)))
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
q = replace(p, y=2.0)
print(q, asdict(q), astuple(q))
del p, q
root = Node("root")
kid = Node("kid", parent=root, scale=5)
print([f.name for f in fields(Node)], root.children[0].name)
print(repr(kid)[:40])
try:
    Node("x", None)
except TypeError as e:
    print("TypeError", e)
try:
    Version()
except TypeError as e:
    print("TypeError", e)
r = weakref.ref(root)
del root, kid
print("collect", gc.collect(), r())

s = Slot(1)
print(s, Slot.__slots__, weakref.ref(s)() is s)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
print(asdict(Version(3, tags=[1, [2]])))
print(dataclasses.is_dataclass(Version), dataclasses.is_dataclass(v1), dataclasses.is_dataclass(int))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
P3 = dataclasses.make_dataclass("P3", [("x", int), ("y", int, field(default=5))])
print(P3(1), P3.__name__)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash((3,)))
print(Version.__match_args__, Node.__match_args__)
print("end")
