# Reading obj.__dict__ (or vars(obj)) turns an instance's inline values into
# a real dict that the instance owns from then on (3.11's
# PyObject_GenericGetDict): gc.collect() counts it with the instance, it is
# the same dict on every read, it is tracked only while it holds a
# container, and gc.get_referents shows it.
import gc

class Plain:
    pass

def cycle_count(touch):
    a = Plain()
    a.n = 1
    a.me = a
    if touch == "dict":
        a.__dict__
    elif touch == "vars":
        vars(a)["extra"] = [1]
    elif touch == "update":
        a.__dict__.update(more=2)
    del a
    return gc.collect()

gc.collect()
for touch in ("none", "dict", "vars", "update"):
    print(touch, cycle_count(touch))

b = Plain()
b.x = 1
d = b.__dict__
print(d is b.__dict__, d is vars(b), d)
b.y = "two"
print(d, gc.is_tracked(d))
d["z"] = [3]
print(b.z, gc.is_tracked(d))
print([type(r).__name__ for r in gc.get_referents(b)])

class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.kids = []
        if parent is not None:
            parent.kids.append(self)
    def __repr__(self):
        return f"Tree({self.name}, {sorted(vars(self))})"

root = Tree("root")
Tree("a", root)
Tree("b", root)
print(root, root.kids)
del root
print("collected", gc.collect())
root = Tree("root2")
Tree("c", root)
del root
print("collected untouched", gc.collect())
