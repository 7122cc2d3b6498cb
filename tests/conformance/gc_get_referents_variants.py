# get_referents for containers and instances (deterministic parts)
import gc
import weakref
gc.disable()
class C:
    pass
c = C()
c.x = [1]
c.y = "s"
c.z = C()
print([type(r).__name__ for r in gc.get_referents(c)])
inner = gc.get_referents(c)
print(len(inner))
d = {"a": c, "b": 2, c: "v"}
print([type(r).__name__ for r in gc.get_referents(d)])
s = {1, "x"}
print(sorted(str(r) for r in gc.get_referents(s)))
w = weakref.ref(c)
print(gc.get_referents(w))
p = weakref.proxy(c)
print(gc.get_referents(p))
def cb(r):
    pass
w2 = weakref.ref(c, cb)
print([type(r).__name__ for r in gc.get_referents(w2)])
print([type(r).__name__ for r in gc.get_referents(c.__dict__)])
class S:
    __slots__ = ("a", "b")
ss = S()
ss.b = [1]
print([type(r).__name__ for r in gc.get_referents(ss)])
print(gc.get_referents(()), gc.get_referents([]), gc.get_referents({}))
