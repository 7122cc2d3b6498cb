print("helper importing")

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("helper Tracked del", self.name)

first = Tracked("first")
second = Tracked("second")
registry = []

def register(obj):
    registry.append(obj)
    return obj
print("helper imported")
