import gc, weakref

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = N("a"); b = N("b")
a.peer = b; b.peer = a
external = weakref.ref(a, lambda r: print("external cb for a"))
a.inner = weakref.ref(b, lambda r: print("inner cb never runs"))
print("dropping")
del a, b
gc.collect()
print("external dead:", external() is None)
