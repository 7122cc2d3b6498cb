# __del__ is found through the class hierarchy; an overriding __del__ may call
# the base one explicitly (Base.__del__(self)); calling __del__ by hand does
# not mark the object finalized, so it runs again when the object dies.
# CPython: typeobject.c slot_tp_finalize, object.c
#   PyObject_CallFinalizerFromDealloc.
import gc

gc.disable()


class Base:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Base.__del__", self.name)


class Plain(Base):
    pass


class Loud(Base):
    def __del__(self):
        print("Loud.__del__", self.name)
        Base.__del__(self)


p = Plain("plain")
print("del plain")
del p
loud = Loud("loud")
print("del loud")
del loud
x = Plain("manual")
print("call x.__del__() by hand")
x.__del__()
print("is_finalized after manual call:", gc.is_finalized(x))
print("del x")
del x
print("Base has __del__:", hasattr(Base, "__del__"), "| Plain.__del__ is Base.__del__:", Plain.__del__ is Base.__del__)
