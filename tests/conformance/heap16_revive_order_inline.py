# The order move_unreachable gives the survivors of a full collection:
# objects whose gc_refs fall to 0 move to `unreachable` while the scan
# goes on, and a reachable object's tp_traverse moves them back to
# young's tail in the order it visits them (subtype_traverse: the
# attribute values in the class's key order, then the class). The order
# shows in gc.get_objects(). Instances here keep at most four
# attributes, assigned in key order.
import gc

gc.disable()


class N:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def order():
    return " ".join(o.name for o in gc.get_objects() if type(o) is N)


a, b, c, d, e, f, g, h = (N(x) for x in "abcdefgh")
# h is the only object the module refers to after the del below. Its
# attributes point back at objects made before it, so the scan, which
# starts at a, finds each of them with gc_refs 0 first.
h.p = g
h.q = c
h.r = a
g.p = e
g.q = b
c.p = f
c.q = d
holder = [h]
del a, b, c, d, e, f, g, h
gc.collect()
print("after the first collection:", order())
gc.collect()
print("after a second one:", order())

# Two attributes unset (None) and an int between the references.
x, y, z, w = (N(s) for s in "xyzw")
w.p = None
w.q = 7
w.r = y
x.p = z
x.q = None
x.r = w
keep = x
del y, z, w
gc.collect()
print("with None and int values:", order())

# A chain whose links are the class's fourth key.
class M:
    def __init__(self, name, nxt):
        self.name = name
        self.a = 1
        self.b = 2
        self.next = nxt

    def __repr__(self):
        return self.name


tail = None
for s in "12345":
    tail = M(s, tail)
print("chain before:", " ".join(o.name for o in gc.get_objects() if type(o) is M))
gc.collect()
print("chain after:", " ".join(o.name for o in gc.get_objects() if type(o) is M))
