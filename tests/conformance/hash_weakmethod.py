# WeakMethod hashes like a ref to the instance (hash of meth.__self__), caches
# it, and can be used as a dict key; a dead WeakMethod that was never hashed
# raises "weak object has gone away".
# CPython: Lib/weakref.py WeakMethod.__hash__ = ref.__hash__, weakrefobject.c
#   weakref_hash.
import gc
import weakref

gc.disable()


class Svc:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 100 + self.n

    def run(self):
        return "run " + str(self.n)


s = Svc(1)
wm = weakref.WeakMethod(s.run)
print("hash(wm):", hash(wm), "| hash(s):", hash(s))
handlers = {wm: "handler"}
print("lookup with an equal WeakMethod:", handlers[weakref.WeakMethod(s.run)])
s.n = 5
print("hash is cached after the object changes:", hash(wm))
other = Svc(2)
wo = weakref.WeakMethod(other.run)
del s, other
print("after death, hash(wm):", hash(wm), "| handlers[wm]:", handlers[wm])
try:
    hash(wo)
except TypeError as e:
    print("never hashed:", e)
