import weakref
print("mod_tracked loading", __name__)
class Tracked:
    registry = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Tracked.registry.add(self)
    def __repr__(self):
        return f"Tracked({self.name})"
    def __del__(self):
        print("del", self.name)
default = Tracked("module-level")
_private = Tracked("private")
def make(n):
    return [Tracked(f"{n}-{i}") for i in range(2)]
CONFIG = {"x": Tracked("in-config")}
