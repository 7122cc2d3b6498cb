import weakref, gc

class N:
    def __init__(self, name):
        self.name = name

objs = [N(c) for c in "abcd"]
for i, o in enumerate(objs):
    o.nxt = objs[(i + 1) % 4]
refs = [weakref.ref(o, lambda r, n=o.name: print("callback", n)) for o in objs]
extra = weakref.ref(objs[1], lambda r: print("second callback on b"))
print("collecting ring of four")
del o
del objs
gc.collect()
print("all dead:", all(r() is None for r in refs))
