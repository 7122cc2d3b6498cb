import gc

class Leaky:
    def __init__(self, tag):
        self.tag = tag
        self.self_ref = self
    def __repr__(self):
        return f"Leaky({self.tag})"

gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
for t in "abc":
    Leaky(t)
n = gc.collect()
print("collected", n)
print(sorted(repr(o) for o in gc.garbage if isinstance(o, Leaky)))
print(len([o for o in gc.garbage if isinstance(o, dict)]))
gc.set_debug(0)
gc.garbage.clear()
print("cleared", len(gc.garbage))
class WithDel:
    def __init__(self, t):
        self.t = t
        self.me = self
    def __del__(self):
        print("WithDel del", self.t)
WithDel(1)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect())
print([type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
del gc.garbage[:]
print("gone")
gc.collect()
print("end")
