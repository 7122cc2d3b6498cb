import gc, weakref
saved = []
class Phoenix:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
a = Phoenix(1); b = Phoenix(2)
a.p = b; b.p = a
wa = weakref.ref(a, lambda r: print("wa cb"))
del a, b
print("collect 1:", gc.collect())
print("saved", [p.n for p in saved], wa() is not None)
saved.clear()
print("cleared saved")
print("collect 2:", gc.collect())
print(wa())
class Once:
    def __del__(self):
        print("Once del")
        global keep
        keep = self
o = Once()
del o
print("keep alive", type(keep).__name__)
del keep
print("end")
