from dataclasses import dataclass, field, fields, KW_ONLY, InitVar, astuple, is_dataclass
import dataclasses

@dataclass(slots=True)
class P:
    x: int
    y: int = 0

p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))

@dataclass
class Order:
    id: int
    _: KW_ONLY
    items: list = field(default_factory=list)
    discount: float = 0.0
    total: float = field(init=False, repr=False)
    tax: InitVar[float] = 0.1

    def __post_init__(self, tax):
        self.total = round(sum(self.items) * (1 - self.discount) * (1 + tax), 2)

o = Order(1, items=[10, 20], discount=0.5)
print(o, o.total)
print([f.name for f in fields(o)])
print(astuple(o), is_dataclass(o), is_dataclass(Order), is_dataclass(3))
try:
    Order(1, [1])
except TypeError as e:
    print(e)

@dataclass(eq=False)
class Node:
    val: int
    next: "Node | None" = None
n = Node(1, Node(2))
print(n, n == Node(1, Node(2)))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)

@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int
print(sorted({Ver(1, 2), Ver(1, 0), Ver(0, 9)}))
try:
    Ver(1, 2).major = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
Pt3 = dataclasses.make_dataclass("Pt3", ["x", ("y", int), ("z", int, field(default=0))])
print(Pt3(1, 2))
