# Instance release order with __slots__ (subtype_dealloc/clear_slots): slots of
# the most derived class first, each class in declaration order, then the
# instance __dict__ attributes.
# CPython: typeobject.c subtype_dealloc/clear_slots.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Base:
    __slots__ = ("b1", "b2")


class Derived(Base):
    __slots__ = ("d1", "d2")


class Loose(Derived):
    pass


d = Derived()
d.b2 = Obj("b2")
d.d2 = Obj("d2")
d.b1 = Obj("b1")
d.d1 = Obj("d1")
print("del Derived instance")
del d
x = Loose()
x.extra = Obj("extra (dict)")
x.b1 = Obj("b1")
x.d1 = Obj("d1")
print("del Loose instance")
del x
print("end")
