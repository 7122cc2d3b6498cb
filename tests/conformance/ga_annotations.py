# Annotations written with generic aliases and unions, as Python 3.11
# programs do everywhere: function parameters and returns, class bodies,
# dataclass fields; __annotations__ holds the evaluated objects.
from dataclasses import dataclass, field
import collections


def merge(a: dict[str, list[int]], b: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {k: list(v) for k, v in a.items()}
    for k, v in (b or {}).items():
        out.setdefault(k, []).extend(v)
    return out


print(merge({"a": [1]}, {"a": [2], "b": [3]}))
for name, ann in merge.__annotations__.items():
    print(name, ann, type(ann).__name__)


class Registry:
    entries: list[tuple[str, int]]
    index: dict[str, int] = {}
    parent: "Registry | None" = None
    queue: collections.deque[str]


print(Registry.__annotations__)


@dataclass
class Inventory:
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    owner: str | None = None
    tags: frozenset[str] = frozenset()


inv = Inventory()
inv.items.append("apple")
print(inv)
print(Inventory.__annotations__)
print(Inventory.__dataclass_fields__["owner"].type)
