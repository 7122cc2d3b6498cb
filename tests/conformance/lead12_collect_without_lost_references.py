# A full collection finds garbage only where some object lost a reference
# and lived on. These are the ways cyclic garbage appears: each must still be
# found by the next gc.collect() (gclab skips the walk when nothing was lost).
import gc
import weakref

gc.disable()
print("clean start:", gc.collect(), gc.collect())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


# 1. A plain cycle loses its last outside reference.
a = Node("a")
a.other = Node("b")
a.other.other = a
del a
print("cycle:", gc.collect())
print("again:", gc.collect())


# 2. __del__ resurrects its object into a self-cycle: no decref leaves garbage behind.
class SelfLoop:
    def __del__(self):
        print("__del__ makes a self-cycle")
        self.me = self


s = SelfLoop()
w = weakref.ref(s)
del s
print("resurrected alive:", w() is not None)
print("self-cycle:", gc.collect(), "alive after:", w() is not None)

# 3. Garbage made while frozen is not looked at until gc.unfreeze().
gc.freeze()
f = Node("frozen")
f.other = f
gc.freeze()
del f
print("while frozen:", gc.collect())
gc.unfreeze()
print("after unfreeze:", gc.collect())


# 4. A weakref callback run by a collection makes new cyclic garbage.
def make_garbage(ref):
    g = Node("from callback")
    g.other = g
    print("callback made a cycle")


c = Node("c")
c.other = c
r = weakref.ref(c, make_garbage)
del c
print("with callback:", gc.collect())
print("callback's cycle:", gc.collect())

# 5. DEBUG_SAVEALL keeps the garbage in gc.garbage; dropping it makes it garbage again.
gc.set_debug(gc.DEBUG_SAVEALL)
d = Node("d")
d.other = d
del d
print("saved:", gc.collect(), len(gc.garbage))
gc.set_debug(0)
print("still saved:", gc.collect())
gc.garbage.clear()
print("released:", gc.collect())

# 6. A generator suspended in a cycle, finalized by the collection.
def gen():
    try:
        yield 1
    finally:
        print("generator finally")


g = gen()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("generator cycle:", gc.collect())
print("done:", gc.collect())
