"""Entity-component system with weak component registries."""
import weakref
import gc
from dataclasses import dataclass, field
from collections import defaultdict
from typing import ClassVar


class Component:
    registry: ClassVar[dict] = {}

    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind or cls.__name__.lower()
        Component.registry[cls.kind] = cls

    def __del__(self):
        print(f"    del {type(self).__name__}")


@dataclass(eq=False)
class Position(Component, kind="pos"):
    x: float = 0.0
    y: float = 0.0


@dataclass(eq=False)
class Velocity(Component, kind="vel"):
    dx: float = 0.0
    dy: float = 0.0


@dataclass(eq=False)
class Health(Component):
    hp: int = 100
    log: list = field(default_factory=list)


class Entity:
    _next = 0

    def __init__(self, world, name):
        Entity._next += 1
        self.id = Entity._next
        self.name = name
        self.world = world  # strong ref: world <-> entity cycle
        self.components = {}

    def add(self, comp):
        self.components[comp.kind] = comp
        self.world.index[comp.kind][self.id] = comp
        return self

    def __repr__(self):
        return f"<Entity {self.id} {self.name} {sorted(self.components)}>"

    def __del__(self):
        print(f"  del entity {self.name}")


class World:
    def __init__(self):
        self.entities = {}
        self.index = defaultdict(weakref.WeakValueDictionary)

    def spawn(self, name, *comps):
        e = Entity(self, name)
        for c in comps:
            e.add(c)
        self.entities[e.id] = e
        return e

    def kill(self, eid):
        e = self.entities.pop(eid)
        print(f"kill {e!r}")
        e.components.clear()

    def query(self, *kinds):
        ids = None
        for k in kinds:
            keys = set(self.index[k].keys())
            ids = keys if ids is None else ids & keys
        return sorted(ids or ())

    def step(self):
        for eid in self.query("pos", "vel"):
            p = self.index["pos"][eid]
            v = self.index["vel"][eid]
            p.x += v.dx
            p.y += v.dy


print("kinds:", sorted(Component.registry))
w = World()
w.spawn("ship", Position(0, 0), Velocity(1, 2), Health())
w.spawn("rock", Position(5, 5))
w.spawn("probe", Position(1, 1), Velocity(-1, 0))
for _ in range(3):
    w.step()
for eid, e in w.entities.items():
    print(eid, e, e.components.get("pos"))
print("movers:", w.query("pos", "vel"))
w.kill(1)
print("movers after kill:", w.query("pos", "vel"))
print("health index:", dict(w.index["health"]))
print("collect:", gc.collect())
print("entities:", list(w.entities))
del w
print("collect world:", gc.collect())
print("end")
