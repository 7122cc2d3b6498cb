# At exit: weakref.finalize's hook, atexit handlers (LIFO), then module 
# globals die in order with their weakref callbacks, a suspended generator's 
# finally and a __del__ that still sees other globals.
import atexit, weakref, sys, gc
class Res:
    registry = []
    def __init__(self, name):
        self.name = name
        Res.registry.append(weakref.ref(self, lambda r, n=name: print("weak cb", n)))
    def __del__(self):
        print("del", self.name, "globals alive:", "helper" in globals() and helper is not None)
def helper(): return 1
a = Res("a")
b = Res("b")
b.cycle = b
c = Res("c")
lst = [Res("in-list-1"), Res("in-list-2")]
d = {"k": Res("in-dict")}
atexit.register(print, "atexit 1")
@atexit.register
def bye():
    print("atexit bye", len(Res.registry))
fin = weakref.finalize(c, print, "finalize c")
class Holder:
    def __del__(self):
        print("Holder del sees a:", a.name if a is not None else None)
h = Holder()
def gen():
    try:
        yield 1
    finally:
        print("gen finally at exit")
g = gen(); next(g)
print("main done")
