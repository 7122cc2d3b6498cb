import gc, weakref
class Meta(type):
    def __del__(cls):
        print("Meta del", cls.__name__)
def make():
    class K(metaclass=Meta):
        def method(self): return self
    return K
K = make()
w = weakref.ref(K)
k = K()
print(w() is K, K.__mro__[0] is K)
del k
del K
print("after del K, alive:", w() is not None)
gc.collect()
print("after collect, alive:", w() is not None)
class Base: pass
def dyn():
    return type("Dyn", (Base,), {"x": 1})
D = dyn()
wd = weakref.ref(D)
print(len(Base.__subclasses__()))
del D
gc.collect()
print(wd(), len(Base.__subclasses__()))
class S:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class S1(S, tag=1): pass
ws = weakref.ref(S1)
del S1
gc.collect()
print(ws())
