import gc, weakref

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = N("x"); y = N("y")
x.o = y; y.o = x
weakref.finalize(x, print, "finalize x")
weakref.finalize(y, print, "finalize y")
print("dropping")
del x, y
gc.collect()
print("end")
