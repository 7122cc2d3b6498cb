# dataclasses with typing annotations: ClassVar fields left out, InitVar[int]
# (subscriptable, passed to __post_init__), List/Optional fields, frozen and
# ordered dataclasses, get_type_hints of a dataclass.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, Optional, List
import typing

@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = "c"
    items: List[int] = field(default_factory=list)
    seed: InitVar[int] = 0
    def __post_init__(self, seed):
        Counter.total += 1
        self.items.append(seed)

c = Counter("x", seed=5)
print(c, [f.name for f in fields(c)], Counter.total, Counter.__annotations__)

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: Optional[str] = None
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), hash(Version(1)) == hash(Version(1)))
print(InitVar[int], typing.get_type_hints(Counter))
