import weakref, gc
gc.disable()
class N:
    def __init__(self, name): self.name = name; self.other = None
    def __repr__(self): return f"N({self.name})"
seen = []
def cb(r):
    seen.append(("cb", r() is None))
a = N("a"); b = N("b")
a.other = b; b.other = a
ra = weakref.ref(a, cb)
rb = weakref.ref(b, cb)
del a, b
print("before", ra() is not None, rb() is not None, seen)
n = gc.collect()
print("collected", n, seen, ra(), rb())
# a weakref that is itself in the garbage: callback not called
class H: pass
h = H(); t = H()
h.self = h
h.wr = weakref.ref(t, lambda r: print("never printed? no: t dies first"))
t.h = h
del h, t
print("gc2", gc.collect())
