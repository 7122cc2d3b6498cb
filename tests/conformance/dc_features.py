# dataclasses: field, default_factory, order, frozen, __post_init__, asdict, replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
import weakref, gc

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    _secret: str = field(default="x", repr=False, compare=False)

    def __post_init__(self):
        print("post_init", self.name)
        if self.price < 0:
            raise ValueError("negative price")

    @property
    def total(self):
        return self.price * self.qty

    def __del__(self):
        print("del", self.name)

a = Item("apple", 0.5, 4)
b = Item("pear", 0.75, tags=["fruit"])
print(a)
print(b, b.total)
print(a == Item("apple", 0.5, 4, [], "different"))
print(asdict(b), astuple(a))
c = replace(a, qty=10)
print(c, c is a)
print([f.name for f in fields(Item)], is_dataclass(a), is_dataclass(Item))
try:
    Item("bad", -1)
except ValueError as e:
    print("ValueError:", e)
print(Item.__eq__ is not object.__eq__, Item.__hash__)
r = weakref.ref(a)
del a
print("after del a", r())
del c
print(Item.__dataclass_fields__["qty"].default, Item.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1) < Version(1, 0, 1), max(vs), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({Version(1): "one"}[Version(1, 0, 0)])
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
print("end")
