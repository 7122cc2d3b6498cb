# Weakrefs to cyclic trash are cleared before finalizers run; callbacks only for
# reachable refs; a resurrecting __del__ and its weakref.
# weakrefs to cyclic trash: cleared before finalizers; callbacks only for refs that are themselves reachable
import gc, weakref

class Node:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name, "peer ref alive:", self.peer_ref() is not None if hasattr(self, "peer_ref") else None)

a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
a.peer_ref = weakref.ref(b, lambda r: print("a's internal cb (should not run)"))
b.peer_ref = weakref.ref(a)
external = weakref.ref(a, lambda r: print("external cb for a"))
del a, b
print("collect", gc.collect())
print("external", external())

class Res:
    saved = None
    def __init__(self, n): self.n = n
    def __del__(self):
        print("Res del", self.n)
        Res.saved = self
r = Res(1); r.cyc = r
w = weakref.ref(r, lambda ref: print("cb for r"))
del r
print("collect", gc.collect())
print("weakref after resurrection:", w())
print("saved:", Res.saved.n)
Res.saved = None
print("collect again", gc.collect())
