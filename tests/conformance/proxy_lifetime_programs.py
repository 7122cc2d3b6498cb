# Ordinary programs using weakref.proxy: children that point to their
# parent through a proxy, a dispatcher that uses isinstance on whatever it
# is given, an observer list of proxies pruned when they fail, and a proxy
# to a cycle that works until gc.collect() and then raises ReferenceError
# for every use (attribute, isinstance, comparison, iteration, arithmetic).
import gc
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.proxy(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        if self.parent is None:
            return self.name
        return self.parent.path() + "/" + self.name


root = Node("root")
a = Node("a", root)
b = Node("b", a)
print(b.path())
print(isinstance(b.parent, Node), isinstance(b.parent, weakref.ProxyType), type(b.parent).__name__)
root.children.clear()
del a
try:
    print(b.path())
except ReferenceError as e:
    print("path failed:", e)
try:
    isinstance(b.parent, Node)
except ReferenceError as e:
    print("isinstance failed:", e)


def describe(x):
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, Node):
        return "node " + x.name
    return "other"


n = Node("n")
p = weakref.proxy(n)
print(describe(p), describe(3), describe("s"), describe([]))
del n
for x in [1, p, "z"]:
    try:
        print(describe(x))
    except ReferenceError:
        print("dead proxy")


class Observer:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def notify(self, event):
        self.seen.append(event)
        print(self.name, "got", event)


observers = []
keep = [Observer("o1"), Observer("o2"), Observer("o3")]
for o in keep:
    observers.append(weakref.proxy(o))


def publish(event):
    alive = []
    for obs in observers:
        try:
            obs.notify(event)
        except ReferenceError:
            print("dropping a dead observer")
        else:
            alive.append(obs)
    observers[:] = alive


publish("first")
del keep[1]
publish("second")
print(len(observers))


class Box:
    def __init__(self, v):
        self.v = v
        self.me = self

    def __add__(self, other):
        return self.v + other

    def __eq__(self, other):
        return self.v == other

    def __iter__(self):
        return iter([self.v])

    def __len__(self):
        return 1


gc.disable()
box = Box(5)
bp = weakref.proxy(box)
del box
print(bp + 1, bp == 5, list(bp), len(bp), bp.v, isinstance(bp, Box))
print("collected:", gc.collect() > 0)
for label, op in [
    ("+", lambda: bp + 1),
    ("radd", lambda: 1 + bp),
    ("==", lambda: bp == 5),
    ("list", lambda: list(bp)),
    ("len", lambda: len(bp)),
    ("attr", lambda: bp.v),
    ("isinstance", lambda: isinstance(bp, Box)),
    ("str", lambda: str(bp)),
    ("bool", lambda: bool(bp)),
]:
    try:
        op()
        print(label, "worked")
    except ReferenceError as e:
        print(label, "->", e)
print(weakref.getweakrefcount(bp), callable(bp), bp is bp)
