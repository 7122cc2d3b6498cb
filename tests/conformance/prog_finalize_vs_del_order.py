# weakref.finalize beside __del__ and weakref callbacks: order at refcount death
# and in a cycle, detach(), calling a finalizer twice, repr and errors.
import weakref, gc

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def report(msg):
    print("finalize:", msg)

a = A(1)
weakref.finalize(a, report, "a1")
weakref.ref(a, lambda r: print("ref callback a1"))  # dies immediately
r = weakref.ref(a, lambda r: print("ref callback a1 kept"))
print("del a")
del a
b = A(2); b.me = b
fb = weakref.finalize(b, report, "b2")
rb = weakref.ref(b, lambda r: print("ref callback b2"))
del b
print("collect", gc.collect())
c = A(3)
fc = weakref.finalize(c, report, "c3")
print(fc.detach()[2:], fc.alive)
del c
d = A(4)
fd = weakref.finalize(d, lambda *a, **k: print("fd", a, k), 1, 2, x=3)
print(fd())
print(fd(), fd.alive)
del d
e = A(5)
fe = weakref.finalize(e, report, "e5")
print(repr(fe).startswith("<finalize object at"), "A object at" in repr(fe))
try:
    weakref.finalize(1, print)
except TypeError as ex:
    print("TypeError:", ex)
print("end")
