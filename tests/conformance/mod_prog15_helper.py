registry = []

class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Tracker del", self.name, "registry len:", len(registry) if registry is not None else None)

def register(obj):
    registry.append(obj)

module_level = Tracker("module-level")
