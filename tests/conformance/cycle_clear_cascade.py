# How the collector breaks a cycle (delete_garbage/tp_clear): it clears the
# first trash object's attributes in order; when that drops the partner to zero,
# the partner is deallocated at once (nested) before the first one resumes.
# The cargo lives in generation 2, so collect(0) does not treat it as trash:
# it dies by refcount during the clearing, which makes the order visible.
# CPython: gcmodule.c delete_garbage, typeobject.c subtype_clear.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Link:
    def __init__(self, first, last):
        self.first = first
        self.peer = None
        self.last = last


cargo = [Obj("a.first"), Obj("a.last"), Obj("b.first"), Obj("b.last")]
gc.collect()
a = Link(cargo[0], cargo[1])
b = Link(cargo[2], cargo[3])
a.peer = b
b.peer = a
cargo.clear()
del a, b
print("collect(0)")
gc.collect(0)
print("end")
