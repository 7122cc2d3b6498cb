# A tuple releases its items from the last to the first (tupledealloc), like a
# list; a tuple inside a list is released when the list reaches it.
# CPython: tupleobject.c tupledealloc.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = (Obj("t0"), Obj("t1"), Obj("t2"))
print("del t")
del t
mixed = [Obj("l0"), (Obj("in0"), Obj("in1")), Obj("l2")]
print("del mixed")
del mixed
shared = Obj("shared")
t2 = (shared, Obj("x"))
del shared
print("del t2 (shared is the last reference now)")
del t2
print("end")
