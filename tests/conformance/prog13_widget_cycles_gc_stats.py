"""Teaching script: parent/child widget cycles and what the collector does."""
import gc
import sys
import weakref

class Widget:
    live = 0
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
        Widget.live += 1

    def __repr__(self):
        return f"<Widget {self.name}>"

class Finalized(Widget):
    def __del__(self):
        Widget.live -= 1
        print("  __del__", self.name)

events = []
def on_gc(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
print("thresholds:", gc.get_threshold())
print("enabled:", gc.isenabled())
gc.disable()
print("enabled after disable:", gc.isenabled())
stats0 = [s["collections"] for s in gc.get_stats()]
gc.callbacks.append(on_gc)

def build(cls, n):
    root = cls("root")
    for i in range(n):
        mid = cls(f"mid{i}", root)
        for j in range(2):
            cls(f"leaf{i}.{j}", mid)
    return root

root = build(Widget, 3)
w = weakref.ref(root)
print("tracked:", gc.is_tracked(root), gc.is_tracked(root.name), gc.is_tracked([]), gc.is_tracked(()))
print("referrers of mid0 that are lists:", sum(1 for r in gc.get_referrers(root.children[0]) if isinstance(r, list)))
print("referents of root:", [type(x).__name__ for x in gc.get_referents(root)])
del root
print("alive after del:", w() is not None)
print("collect(0) ->", gc.collect(0))
print("alive after collect:", w() is not None)

froot = build(Finalized, 2)
fw = weakref.ref(froot.children[1])
print("finalized?", gc.is_finalized(froot))
del froot
n = gc.collect()
print("collected", n, "alive:", fw() is not None, "live count:", Widget.live - 10 + 0)
print("garbage:", gc.garbage)

gc.set_debug(gc.DEBUG_SAVEALL)
a = Widget("a"); b = Widget("b", a); a.parent = b
del a, b
print("saveall collected:", gc.collect())
print("garbage holds:", sorted(repr(x) for x in gc.garbage if isinstance(x, Widget)))
gc.set_debug(0)
gc.garbage.clear()
print("collect after clearing garbage:", gc.collect() > 0)

gc.callbacks.remove(on_gc)
for e in events:
    print(" cb", e)
stats1 = [s["collections"] for s in gc.get_stats()]
print("collections delta:", [b - a for a, b in zip(stats0, stats1)])
print("keys:", sorted(gc.get_stats()[0]))

old = gc.get_threshold()
gc.set_threshold(5, 2, 2)
print("new thresholds:", gc.get_threshold())
gc.set_threshold(*old)
gc.enable()
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
x = []
print("refcount of new list:", sys.getrefcount(x))
y = [x, x]
print("after two refs:", sys.getrefcount(x))
class Leaf: pass
obj = Leaf()
print("Leaf tracked:", gc.is_tracked(obj), "dict tracked:", gc.is_tracked({}), gc.is_tracked({"a": []}))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("done")
