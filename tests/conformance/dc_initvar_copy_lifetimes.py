# dataclasses: InitVar[...] and KW_ONLY, __post_init__ with init-only values,
# field errors (mutable default, ordering), eq=False/unsafe_hash, deepcopy of
# dataclass trees and when each copy dies, an exception cycle through a frame.
import gc, weakref, copy, sys
from dataclasses import dataclass, field, asdict, replace, fields, InitVar, KW_ONLY
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)
def make_cycle_in_exception():
    a = Node("a")
    a.peer = a
    try:
        raise ValueError("x")
    except ValueError as e:
        a.err = e   # e -> traceback -> frame -> a -> e : a cycle
make_cycle_in_exception()
print("returned; collecting")
print(gc.collect() > 0)
@dataclass
class Cfg:
    name: str
    debug: bool = False
    tags: list = field(default_factory=lambda: ["x"])
    scale: InitVar[int] = 1
    _: KW_ONLY
    level: int = 0
    def __post_init__(self, scale):
        self.factor = scale * 10
c = Cfg("a", True, scale=3, level=2)
print(c, c.factor, asdict(c))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Cfg()
except TypeError as e:
    print("TypeError:", e)
try:
    replace(c, nope=1)
except TypeError as e:
    print("TypeError:", e)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1))
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash(H(1)), {H(1), H(1)})
@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)
    def __del__(self):
        print("del tree", self.name)
root = Tree("root", [Tree("leaf1"), Tree("leaf2")])
clone = copy.deepcopy(root)
print(clone == root, clone is root, clone.kids[0] is root.kids[0])
del root
print("root gone")
del clone
print("clone gone")
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(len(memo) > 0, id(x) in memo, memo[id(x)] is y)
