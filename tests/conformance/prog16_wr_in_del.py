import weakref, gc
class A:
    def __del__(self):
        print("A.__del__ sees own weakref:", wr() is self, "proxy ok:", isinstance(px.n, int))
a = A(); a.n = 1
wr = weakref.ref(a)
px = weakref.proxy(a)
del a
print("after refcount death", wr())
class B:
    def __del__(self):
        print("B.__del__ in gc sees own weakref:", wr2())
b = B(); b.me = b
wr2 = weakref.ref(b)
del b
gc.collect()
print("after collect", wr2())
class Cb:
    def __del__(self):
        print("Cb del")
c = Cb()
wr3 = weakref.ref(c, lambda r: print("cb; referent is", r()))
del c
