# dataclasses: order=True with compare=False fields, default_factory,
# asdict/astuple/replace/fields, frozen (FrozenInstanceError, hash),
# InitVar with __post_init__, slots=True, the mutable-default ValueError,
# the non-default-after-default TypeError, nested asdict, eq=False, kw_only.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar
from typing import List, Optional
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)
a = Item(2, "b"); b = Item(1, "a", ["x"])
print(a, b, a > b, sorted([a, b]), a == Item(2, "zzz"))
print(asdict(b), astuple(b), replace(a, name="c"))
print([f.name for f in fields(Item)], is_dataclass(a), is_dataclass(Item))
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 3
except FrozenInstanceError as e:
    print("Frozen", e)
print(hash(p) == hash(P(1)), {p: 1})
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 5))
@dataclass(slots=True)
class S:
    a: int
    b: Optional[str] = None
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)
@dataclass
class Nested:
    items: list
    inner: Item
n = Nested([Item(1, "x")], Item(2, "y"))
print(asdict(n))
print(repr(Item.__init__.__qualname__), Item.__match_args__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)
