# the gc module in programs: is_tracked (atomic containers untracked),
# get_referents/get_referrers through a materialized __dict__, callbacks,
# thresholds, DEBUG_SAVEALL and gc.garbage, is_finalized, freeze, a
# resurrecting __del__ (finalized once), get_stats' keys.
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return f"Node({self.name})"
    def __del__(self):
        print("del", self.name)

events = []
def on_gc(phase, info):
    events.append((phase, info["generation"], info.get("collected")))
gc.callbacks.append(on_gc)
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
print(gc.is_tracked(a), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"k": []}))
print(a in gc.get_referents(b), b in gc.get_referents(a.__dict__))
refs = gc.get_referrers(a)
print(any(r is b.__dict__ for r in refs), type(gc.get_referents(a)[0]).__name__)
del a, b
print("collect", gc.collect(), events)
gc.callbacks.remove(on_gc)
print(gc.get_threshold(), gc.isenabled())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.set_debug(gc.DEBUG_SAVEALL)
x = Node("x"); x.peer = x
del x
print("saveall", gc.collect(), gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
print("after clear", gc.collect())
y = Node("y")
print(gc.is_finalized(y))
y.peer = y
z = weakref.ref(y)
del y
gc.collect()
print(z())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
class Resurrect:
    saved = None
    def __del__(self):
        print("resurrecting")
        Resurrect.saved = self
r = Resurrect(); r.me = r
del r
print("collect", gc.collect(), Resurrect.saved is not None, gc.is_finalized(Resurrect.saved))
Resurrect.saved.me = None
Resurrect.saved = None
print("collect", gc.collect())
print(len(gc.get_objects(generation=0)) >= 0, gc.get_stats()[0].keys())
