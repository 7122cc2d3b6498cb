# Tuple-target assignment builds every new value first, then stores the
# targets left to right; each store releases the old value of that target.
# CPython: ceval.c STORE_NAME after building the right-hand side.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name
        print("new", name)

    def __del__(self):
        print("del", self.name)


a = Obj("a1")
b = Obj("b1")
print("a, b = Obj(a2), Obj(b2)")
a, b = Obj("a2"), Obj("b2")
print("swap")
a, b = b, a
print("a is", a.name, "and b is", b.name)
box = [Obj("slot0")]
print("box[0], a = a, Obj(a3)")
box[0], a = a, Obj("a3")
print("box[0] is", box[0].name)
print("del a, b, box")
del a, b, box
print("end")
