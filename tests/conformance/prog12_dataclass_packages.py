"""Dataclasses: KW_ONLY, InitVar, field(init=False), slots, match, ordering."""
from dataclasses import dataclass, field, KW_ONLY, InitVar, fields, is_dataclass, asdict, replace, FrozenInstanceError
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Optional
import weakref
import gc


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Package:
    name: str
    version: Version
    _: KW_ONLY
    deps: list = field(default_factory=list)
    size_kb: int = 0
    checksum: InitVar[Optional[str]] = None
    verified: bool = field(init=False, default=False)
    note: str = field(default="", repr=False, compare=False)

    def __post_init__(self, checksum):
        self.verified = checksum is not None and len(checksum) == 8


@dataclass(slots=True, frozen=True)
class Point:
    x: int
    y: int


@dataclass(weakref_slot=True, slots=True)
class Handle:
    fd: int


class Coord(NamedTuple):
    lat: float
    lon: float = 0.0

    def __str__(self):
        return f"{self.lat:.1f},{self.lon:.1f}"


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class HasName(Protocol):
    name: str


pkgs = [
    Package("gclab", Version.parse("1.2.3"), deps=["node"], checksum="deadbeef"),
    Package("left-pad", Version(0, 9), size_kb=1),
    Package("core", Version.parse("1.10.0"), note="hidden", checksum="bad"),
]
for p in sorted(pkgs, key=lambda p: p.version):
    print(p)
print([str(p.version) for p in pkgs], max(p.version for p in pkgs))
print([f.name for f in fields(Package)], is_dataclass(pkgs[0]), is_dataclass(Package))
print(asdict(pkgs[0]))
print(replace(pkgs[1], size_kb=2) == pkgs[1], pkgs[2] == replace(pkgs[2], note="other"))
try:
    Package("x", Version(1), [])
except TypeError as e:
    print(e)
pt = Point(1, 2)
try:
    pt.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(pt, hash(pt) == hash((1, 2)), Point.__slots__, hasattr(pt, "__dict__"))
try:
    weakref.ref(pt)
except TypeError as e:
    print(e)
h = Handle(3)
r = weakref.ref(h)
print(r() is h, Handle.__slots__)
del h
print(r())
c = Coord(51.5)
print(c, repr(c), c._replace(lon=-0.1), c._fields, Coord._field_defaults, c[0])
m: Movie = {"title": "Brazil"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
print(isinstance(pkgs[0], HasName), isinstance(c, HasName))
for item in [pt, Point(0, 5), c, {"title": "x", "year": 1985}, Version(2), [1, 2, 3]]:
    match item:
        case Point(x=0, y=y):
            print("point on axis", y)
        case Point(x, y) if x < y:
            print("point below diagonal", x, y)
        case Coord(lat=lat):
            print("coord", lat)
        case {"title": str(t), "year": int(y)}:
            print("movie", t, y)
        case Version(major=2):
            print("version 2")
        case [first, *rest]:
            print("list", first, rest)
print(Package.__match_args__, Version.__match_args__)
print({k: v for k, v in Package.__annotations__.items() if k != "_"})
