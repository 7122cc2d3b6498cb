# Assigning obj.__dict__ takes effect: the instance shares the dict (the Borg
# pattern), later writes go to it, the old attributes are released at once
# (in their order), a non-dict is a TypeError, and slots keep working.
import gc
gc.disable()

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class Borg:
    _shared = {}
    def __init__(self):
        self.__dict__ = self._shared
a = Borg()
b = Borg()
a.x = 1
print(b.x, a.__dict__ is b.__dict__ is Borg._shared)

class C:
    pass
c = C()
c.p = V("p")
c.q = V("q")
d = {"r": V("r")}
print("assign")
c.__dict__ = d
print("assigned", c.r.n, c.__dict__ is d, vars(c) is d)
d["s"] = 5
print(c.s, hasattr(c, "p"))
del c.r
print("after del", d)
c.t = 7
print(d)
for bad in [[], None, 5]:
    try:
        c.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
e = C()
e.a = V("e.a")
del e.__dict__
print("deleted __dict__:", vars(e))
e.b = 1
print(vars(e))
del c
print("c gone, d still", d)
del d
print("d gone")

class S:
    __slots__ = ("z", "__dict__")
s = S()
s.z = 1
s.__dict__ = {"w": 2}
print(s.z, s.w, s.__dict__)

class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
class Namespace:
    def __init__(self, **kw):
        self.__dict__ = dict(kw)
ns = Namespace(a=1, b=2)
print(ns.a + ns.b, sorted(vars(ns)))
