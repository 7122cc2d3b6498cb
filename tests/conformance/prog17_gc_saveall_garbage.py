import gc

class N:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "N(%s)" % self.name

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = N("a"); b = N("b")
a.other = b; b.other = a
del a, b
gc.collect()
names = sorted(repr(o) for o in gc.garbage if isinstance(o, N))
print(names)
print("dicts saved:", sum(1 for o in gc.garbage if isinstance(o, dict)))
print(gc.get_debug() == gc.DEBUG_SAVEALL)
gc.set_debug(0)
gc.garbage.clear()
x = N("x"); x.me = x
del x
gc.collect()
print("garbage after no-saveall", len(gc.garbage))
print(gc.DEBUG_LEAK == (gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL))
