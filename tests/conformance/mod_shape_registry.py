import weakref
from dataclasses import dataclass, field

_registry = weakref.WeakValueDictionary()
_next_id = 0

def _new_id():
    global _next_id
    _next_id += 1
    return _next_id

@dataclass(eq=False)
class Shape:
    name: str
    id: int = field(default_factory=_new_id)
    def __post_init__(self):
        _registry[self.id] = self
    def __del__(self):
        print(f"  shape {self.name}#{self.id} freed")
    def area(self):
        return 0.0

@dataclass(eq=False)
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0
    def area(self):
        return self.w * self.h

def live():
    return sorted((s.id, s.name) for s in _registry.values())
