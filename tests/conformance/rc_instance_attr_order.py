# When an instance dies its attributes are released in the order the class
# first saw their names (CPython 3.11 shared keys: the first instance's
# __init__), not in each instance's own assignment order.
# CPython: dictobject.c _PyObject_FreeInstanceAttributes (shared keys order).
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Pair:
    def __init__(self, tag, flip):
        if flip:
            self.second = Obj(tag + ".second")
            self.first = Obj(tag + ".first")
        else:
            self.first = Obj(tag + ".first")
            self.second = Obj(tag + ".second")


normal = Pair("p1", False)
flipped = Pair("p2", True)
flipped.extra = Obj("p2.extra")
print("del normal")
del normal
print("del flipped")
del flipped
print("end")
