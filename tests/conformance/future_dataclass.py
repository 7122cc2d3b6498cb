# dataclasses under from __future__ import annotations: the string
# annotations 'ClassVar[int]' and 'InitVar[int]' are recognised.
from __future__ import annotations
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List
@dataclass
class C:
    n: ClassVar[int] = 0
    a: List[int] = field(default_factory=list)
    s: InitVar[int] = 1
    def __post_init__(self, s):
        self.a.append(s)
c = C(s=3)
print(c, [f.name for f in fields(C)], C.__annotations__)
