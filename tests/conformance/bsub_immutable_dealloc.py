# Deaths of int, str and float subclass instances: __del__ sees the value,
# weakref callbacks (str and float subclasses) run after it, then the
# instance's attributes are released in their shared-key order; in a cycle
# through an attribute they die in gc.collect().
import gc
import weakref

gc.disable()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Tag(str):
    def __del__(self):
        print("  Tag.__del__", self.upper())

class Num(int):
    def __del__(self):
        print("  Num.__del__", self + 1)

class Amount(float):
    def __del__(self):
        print("  Amount.__del__", self * 2)

t = Tag("red")
t.b = Noisy("b")
t.a = Noisy("a")
w = weakref.ref(t, lambda r: print("  callback Tag"))
print("drop tag")
del t
n = Num(41)
n.x = Noisy("x")
print("drop num")
n = None
a = Amount(1.25)
a.note = Noisy("note")
w = weakref.ref(a, lambda r: print("  callback Amount"))
print("drop amount")
del a
c = Tag("cyc")
c.me = c
c.n = Noisy("in-cycle")
del c
print("collect")
gc.collect()
print("end")
