# Cyclic garbage is finalized, its weakref callbacks run and its objects
# are cleared in the order move_unreachable leaves them in `unreachable`:
# young's order, with the objects a reachable object revived removed.
# Here some garbage hangs off an object that is itself garbage only
# after a reference from a live object is dropped, and the instances
# mix inline attributes with more than four attributes.
import gc
import weakref

gc.disable()
log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("del " + self.name)


class W:
    def __init__(self, name):
        self.name = name


def cb(name):
    return lambda r: log.append("callback " + name)


def build(prefix):
    a, b, c = D(prefix + "a"), W(prefix + "b"), D(prefix + "c")
    a.next = b
    b.next = c
    c.next = a
    refs = [weakref.ref(b, cb(prefix + "b")), weakref.ref(c, cb(prefix + "c"))]
    return a, refs


ring1, refs1 = build("1")
ring2, refs2 = build("2")
big = W("big")
for i in range(6):
    setattr(big, "k%d" % i, D("big%d" % i))
big.k5.back = big
keep = D("keep")
keep.ring = ring2
del ring1, ring2
print("collected:", gc.collect())
print(log)
log.clear()
keep.ring = None
del big
print("collected:", gc.collect())
print(log)
print("alive:", [r() is not None for r in refs1 + refs2])
