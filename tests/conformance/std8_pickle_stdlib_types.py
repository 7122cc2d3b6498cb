# pickle of the stdlib types ordinary programs keep: dataclasses (plain
# and frozen, rebuilt without __init__ or __setattr__), Enum and IntFlag
# members (by value, the same singleton back), datetime's date, time and
# datetime (their byte states, the fold bit from protocol 4) and
# timedelta; the bytes match CPython's.
import pickle, dataclasses, enum, datetime

@dataclasses.dataclass
class Item:
    name: str
    tags: list = dataclasses.field(default_factory=list)
    def __post_init__(self): print("post_init", self.name)

@dataclasses.dataclass(frozen=True)
class Key:
    k: int

class Color(enum.Enum):
    RED = 1
    BLUE = 2

class Perm(enum.IntFlag):
    R = 4
    W = 2

for v in [Item("a", [1]), Key(3), Color.RED, Perm.R | Perm.W,
          datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4, 5, 6),
          datetime.time(1, 2, 3, 4), datetime.time(1, 2, fold=1),
          datetime.datetime(2021, 11, 7, 1, 30, fold=1), datetime.timedelta(days=1, seconds=5),
          datetime.timezone.utc, datetime.datetime(2020, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))]:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(repr(v), back == v, data)
print(pickle.loads(pickle.dumps(Color.BLUE)) is Color.BLUE)
print(pickle.loads(pickle.dumps(datetime.time(1, 2, fold=1))).fold,
      pickle.loads(pickle.dumps(datetime.time(1, 2, fold=1), protocol=3)).fold)
print(pickle.dumps(datetime.datetime(2021, 11, 7, 1, 30, fold=1), protocol=3))
