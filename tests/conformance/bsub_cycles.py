# Builtin subclass instances in reference cycles are found by gc.collect():
# a list subclass holding itself, a dict subclass whose attribute refers back
# to it, a tuple subclass in a cycle through its __dict__; __del__ runs first
# (PEP 442), weakref callbacks of the garbage run, and each part is freed.
import gc
import weakref

gc.disable()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class L(list):
    def __del__(self):
        print("L.__del__", len(self))

class D(dict):
    pass

class T(tuple):
    pass

l = L()
l.append(l)
l.append(Noisy("in-list"))
wl = weakref.ref(l, lambda r: print("callback L"))
d = D()
d["self"] = d
d.back = d
d.n = Noisy("in-dict-attr")
wd = weakref.ref(d, lambda r: print("callback D"))
t = T([Noisy("in-tuple")])
t.me = t
del l, d, t
print("collecting")
n = gc.collect()
print("collected", n > 0, wl(), wd())
print(gc.garbage)

class Resurrect(list):
    saved = None
    def __del__(self):
        print("resurrecting", len(self))
        Resurrect.saved = self

r = Resurrect([1, 2])
r.append(r)
del r
gc.collect()
print("saved", len(Resurrect.saved), type(Resurrect.saved).__name__)
Resurrect.saved = None
print(gc.collect() >= 0)
print("end")
