import gc, sys

class Probe:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("  Probe del", self.i)

def snapshot(i):
    p = Probe(i)
    p.me = p
    try:
        raise KeyError(i)
    except KeyError:
        pass
    gone = 1
    del gone
    return sys._getframe().f_locals

gc.collect()
gc.set_threshold(7, 10, 10)
for i in range(6):
    print("iter", i)
    snap = snapshot(i)
    print(" keys", sorted(snap))
del snap
gc.collect()
gc.set_threshold(700, 10, 10)
print("end")
