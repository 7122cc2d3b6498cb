# An ordinary program (qa14 sweep): dataclasses (order, frozen, field
# options, asdict/replace/astuple, __post_init__) and Enum/IntEnum/Flag in an
# inventory; a non-default field after a default one ends it.
from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, auto, IntEnum, Flag
from typing import Optional

class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = "toys"

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

class Perm(Flag):
    R = 4
    W = 2
    X = 1

@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = 0.0
    qty: int = 0
    category: Category = Category.TOOLS
    tags: list = field(default_factory=list, repr=False)
    def value(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"

@dataclass
class Warehouse:
    name: str
    items: dict = field(default_factory=dict)
    location: Optional[Location] = None
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def __post_init__(self):
        self.name = self.name.title()

w = Warehouse("main depot", location=Location(3))
w.add(Item("B-2", "hammer", 12.5, 10))
w.add(Item("A-1", "apple", 0.4, 300, Category.FOOD, ["fresh"]))
w.add(Item("C-3", "yo-yo", 3.0, 0, Category.TOYS))
print(w)
print(sorted(w.items.values()))
print(asdict(w.items["A-1"]))
print(astuple(w.location), replace(w.location, shelf="C"), hash(w.location) == hash(Location(3)))
print(Item("x", "a") == Item("x", "b"), Item("x", "a", 1) < Item("x", "a", 2))
try:
    w.location.aisle = 4
except Exception as e:
    print(type(e).__name__, e)
try:
    w.add(Item("A-1", "dup"))
except KeyError as e:
    print("KeyError", e)
print(Category.FOOD, repr(Category.TOYS), Category("toys"), Category["TOOLS"].value, list(Category))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, repr(Priority(1)), f"{Priority.HIGH}")
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.W in (Perm.R | Perm.W), Perm(7), Perm(0))
total = sum(i.value() for i in w.items.values())
print(f"total value {total:.2f}")
for cat in Category:
    names = [i.name for i in w.items.values() if i.category is cat]
    print(f"{cat.name:<6} {names}")
try:
    Category("nope")
except ValueError as e:
    print(e)
print(Item.__dataclass_fields__.keys())
@dataclass
class Bad:
    a: int = 1
    b: int
