import weakref
import gc

class Svc:
    def ping(self):
        return "pong"
    def __del__(self):
        print("Svc del")

s = Svc()
r = weakref.ref(s.ping)
print("bound method weakref dead at once:", r() is None)
m = s.ping
r2 = weakref.ref(m)
print(r2() is m, m.__self__ is s, m.__func__ is Svc.ping)
print(m == s.ping, m is s.ping, hash(m) == hash(s.ping))
del m
print(r2())
s.cb = s.ping
print("self-cycle through bound method")
del s
print("collect:", gc.collect() > 0)
class Lazy:
    def __init__(self, factory):
        self._factory = factory
        self._obj = None
    def __getattr__(self, name):
        if self._obj is None:
            print("materializing for", name)
            self._obj = self._factory()
        return getattr(self._obj, name)
lz = Lazy(Svc)
print(lz.ping())
print(lz.ping())
try:
    lz.nothing
except AttributeError as e:
    print("AttributeError:", e)
del lz
print("lazy gone")
class Reg:
    subclasses = weakref.WeakSet()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.subclasses.add(cls)
class A(Reg): pass
def mk():
    class B(Reg): pass
    return B
mk()
print(len(Reg.subclasses))
gc.collect()
print(sorted(c.__name__ for c in Reg.subclasses))
print(A.__weakref__ if False else type(A().__weakref__))
print(vars(A()), "__weakref__" in dir(A()))
