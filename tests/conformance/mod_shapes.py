# A module imported by the imp_* scenarios: runs once, prints when it does.
print("mod_shapes: running its body as", __name__)

class Shape:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Shape({self.name!r})"

def area(side):
    return side * side

registry = []
_hidden = "not exported by import *"
