import sys, weakref, gc

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("refcount in __del__", sys.getrefcount(self))
        r = weakref.ref(self, lambda ref: print("callback of ref made in __del__", self_n))
        print("ref made in __del__ alive:", r() is self)
        print("getweakrefcount", weakref.getweakrefcount(self))
        self.extra = "set in del"

self_n = 1
c = C(1)
w = weakref.ref(c, lambda ref: print("pre-existing callback"))
del c
print("after del")
c2 = C(2)
c2.me = c2
del c2
gc.collect()
print("end")
