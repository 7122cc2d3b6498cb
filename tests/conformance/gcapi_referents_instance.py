# gc.get_referents of an instance includes its class and its attribute values;
# of a bound method its __self__ and __func__; gc.get_referrers of an attribute
# value includes the instance that holds it (membership tests only).
# CPython: gcmodule.c gc_get_referents/gc_get_referrers, typeobject.c
#   subtype_traverse.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def m(self):
        return self.name


class Holder:
    pass


def has(seq, obj):
    return any([x is obj for x in seq])


item = Obj("item")
h = Holder()
h.item = item
h.other = [1]
refs = gc.get_referents(h)
print("referents of h: class", has(refs, Holder), "| item", has(refs, item), "| other", has(refs, h.other))
bm = item.m
mrefs = gc.get_referents(bm)
print("referents of bound method: self", has(mrefs, item), "| func", has(mrefs, Obj.m))
print("referrers of item include h:", has(gc.get_referrers(item), h))
print("referrers of item include bm:", has(gc.get_referrers(item), bm))
del bm
h.item = None
print("after unlinking, h refers to item:", has(gc.get_referrers(item), h))
print("referents of an int:", gc.get_referents(5))
