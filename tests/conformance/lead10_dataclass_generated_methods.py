# @dataclass writes its methods as CPython 3.11's does (source exec()d in __create_fn__):
# signatures, __doc__, qualnames, InitVar/KW_ONLY/ClassVar, slots, hashing table,
# recursion-safe repr, namedtuples in asdict, make_dataclass validation, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, MISSING
from typing import ClassVar, List, Generic, TypeVar, NamedTuple
import inspect, copy, weakref, gc, pickle
T = TypeVar("T")
class NT(NamedTuple):
    a: int
    b: int
@dataclass
class Inv:
    name: str
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    total: ClassVar[int] = 0
    secret: str = field(default="s", repr=False, compare=False)
    nt: NT = NT(1, 2)
    def __post_init__(self):
        Inv.total += 1
print(Inv("a"), Inv.total, Inv.__doc__, inspect.signature(Inv), Inv.__init__.__qualname__, Inv.__repr__.__qualname__, Inv.__eq__.__qualname__)
print(asdict(Inv("b", 2, ["x"])), astuple(Inv("c")))
@dataclass
class Db:
    url: str
    pw: InitVar[str] = None
    _: KW_ONLY
    timeout: int = 5
    retries: int = field(default=3, kw_only=True)
    def __post_init__(self, pw):
        self.hidden = pw
d = Db("u", "p", timeout=1)
print(d, d.hidden, fields(d)[-1].name, inspect.signature(Db), Db.__match_args__)
print(replace(d, url="v", pw="q"), [f.name for f in fields(Db)])
@dataclass(frozen=True, order=True)
class V:
    x: int
    y: int = 0
print(V(1) < V(2), sorted([V(3), V(1, 5), V(1)]), hash(V(1)) == hash(V(1)), {V(1): 1})
try:
    V(1).x = 3
except FrozenInstanceError as e:
    print("frozen", e, type(e).__mro__[1].__name__)
@dataclass(slots=True, weakref_slot=True)
class S:
    a: int
    b: list = field(default_factory=list)
s = S(1)
r = weakref.ref(s)
print(S.__slots__, hasattr(s, "__dict__"), r() is s, s)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False, default=0)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1, 2) == H(1, 3))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: "Node" = None
n = Node(1); n.children.append(Node(2, parent=n)); n.children.append(n)
print(repr(n))
@dataclass
class G(Generic[T]):
    item: T
print(G[int](5), G(1) == G(1))
M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=3))], namespace={"tot": lambda self: self.a + self.b})
print(M(1, 2), M(1, 2).tot(), inspect.signature(M), M.__doc__)
for bad in [lambda: make_dataclass("X", ["a", "a"]), lambda: make_dataclass("X", ["class"]), lambda: make_dataclass("X", [("a", int, 1, 2)])]:
    try: bad()
    except TypeError as e: print(e)
errs = []
try:
    @dataclass
    class E1:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class E2:
        a: dict = {}
except ValueError as e: print(e)
class Unh:
    __eq__ = lambda s, o: True
try:
    @dataclass
    class E3:
        a: object = Unh()
except ValueError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class E4: pass
except ValueError as e: print(e)
try:
    @dataclass
    class E5:
        x = field()
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class E6(Inv): pass
except TypeError as e: print(e)
try:
    Inv()
except TypeError as e: print(e)
try:
    Inv("a", 1, [], "s", NT(1, 2), 9)
except TypeError as e: print(e)
try:
    Inv("a", nope=1)
except TypeError as e: print(e)
try:
    asdict(Inv)
except TypeError as e: print(e)
try:
    replace(d, hidden=1)
except TypeError as e: print(e)
@dataclass
class Self:
    self: int
    other: int = 2
print(Self(1), inspect.signature(Self))
print(copy.deepcopy(Inv("z", tags=["q"])), pickle.loads(pickle.dumps(V(4, 5))), is_dataclass(V), is_dataclass(V(1)), is_dataclass(int))
@dataclass
class WithDoc:
    """Custom doc."""
    a: int
print(WithDoc.__doc__, WithDoc.__init__.__doc__, WithDoc.__init__.__annotations__, WithDoc.__init__.__defaults__)
match V(1, 2):
    case V(1, y):
        print("matched", y)
print(fields(Inv)[0].name, fields(Inv)[0].default is MISSING, Inv.__dataclass_params__)
print(Inv.__init__.__code__.co_filename, Inv.__init__.__code__.co_varnames, Inv.__init__.__closure__ is not None)
