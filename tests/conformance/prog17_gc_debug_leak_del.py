import gc

class D:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("D del", self.n)

gc.collect()
gc.set_debug(gc.DEBUG_LEAK)
D(1)
gc.collect()
print([type(o).__name__ for o in gc.garbage if isinstance(o, D)])
print([o.n for o in gc.garbage if isinstance(o, D)])
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, D):
        o.me = None
gc.garbage.clear()
print("cleared garbage")
gc.set_debug(gc.DEBUG_STATS)
D(2)
gc.collect()
gc.set_debug(0)
print("end")
