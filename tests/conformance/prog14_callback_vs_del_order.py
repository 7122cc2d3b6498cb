import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def cb_for(name):
    return lambda r: print("callback", name, "ref dead:", r() is None)

gc.disable()
print("refcount death:")
a = Obj("a")
ra = weakref.ref(a, cb_for("a"))
fa = weakref.finalize(a, print, "finalize a")
del a
print("cycle death:")
b = Obj("b"); c = Obj("c")
b.peer = c; c.peer = b
rb = weakref.ref(b, cb_for("b"))
rc = weakref.ref(c, cb_for("c"))
fb = weakref.finalize(b, print, "finalize b")
del b, c
gc.collect()
print("weakref inside the garbage (no callback):")
d = Obj("d")
d.selfref = weakref.ref(d, cb_for("d-internal"))
d.me = d
outside = weakref.ref(d, cb_for("d-outside"))
del d
gc.collect()
print("callback that resurrects via closure:")
keep = []
e = Obj("e")
e.me = e
def grab(r):
    print("grab callback; referent gone:", r() is None)
    keep.append("grabbed")
re_ = weakref.ref(e, grab)
del e
gc.collect()
print(keep)
print("multiple refs callbacks order (newest first):")
f = Obj("f")
refs = [weakref.ref(f, cb_for(f"f{i}")) for i in range(3)]
del f
print("WeakValueDictionary in cycle collection:")
wvd = weakref.WeakValueDictionary()
g1 = Obj("g1"); g2 = Obj("g2"); g1.o = g2; g2.o = g1
wvd["g1"] = g1; wvd["g2"] = g2
del g1, g2
print(len(wvd))
gc.collect()
print(len(wvd))
