# enum in application code: a status Enum with methods and a parsing
# classmethod, IntEnum sorting/arithmetic, Flag with a composite member, an
# Enum with __lt__, weak references to members,
# _member_names_/_value2member_map_, subclassing a populated enum
# (TypeError), a float mixin, __members__ as a mappingproxy.
import enum, weakref, gc
class Status(enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def label(self): return self.value.title()
    @classmethod
    def parse(cls, s):
        try:
            return cls(s.lower())
        except ValueError:
            return cls.INACTIVE
print([s.label() for s in Status], Status.parse("ACTIVE"), Status.parse("x"))
class Level(enum.IntEnum):
    LOW = 1; MID = 5; HIGH = 10
print(sorted([Level.HIGH, Level.LOW, 3]), Level(5), Level.MID > Level.LOW, max(Level), Level.HIGH // 3, [l.name for l in Level])
class Color(enum.Flag):
    RED = enum.auto(); GREEN = enum.auto(); BLUE = enum.auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color.WHITE), Color.RED | Color.BLUE, Color(3), Color.WHITE & ~Color.RED, len(Color))
class Ordered(enum.Enum):
    def __lt__(self, o): return self.value < o.value
    B = 2; A = 1
print(sorted(Ordered), Ordered.A < Ordered.B)
r = weakref.ref(Status.ACTIVE); print(r() is Status.ACTIVE)
class Ctx(enum.Enum):
    X = 1
    def __init__(self, v): self.extra = v * 2
print(Ctx.X.extra, Ctx.X._value_, Ctx._member_names_, Status._value2member_map_["active"])
try:
    class Bad(Status):
        Z = 3
except TypeError as e:
    print("TypeError", e)
print(enum.Enum("Dyn", {"a": 1, "b": 2}).b, repr(Level.LOW), str(Level.LOW), format(Level.LOW, "d"), f"{Color.RED}")
class Temp(float, enum.Enum):
    FREEZE = 0.0; BOIL = 100.0
print(Temp.BOIL + 1, Temp(0.0), isinstance(Temp.BOIL, float))
print(Status.__members__.keys(), type(Status.__members__).__name__)
