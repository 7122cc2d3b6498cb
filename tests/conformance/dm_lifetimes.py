# When the objects of the data model die: a descriptor's __get__ result
# (a temporary), a __getattr__ result, a super object holding its instance,
# a class statement's namespace after the metaclass removed an entry, a
# classmethod's bound method keeping the class, and a class with a property
# and a metaclass reclaimed by the collector (class first, then metaclass).
import gc
import weakref
gc.disable()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Fresh:
    def __get__(self, obj, cls):
        return Noisy("from __get__")
class Holder:
    fresh = Fresh()
    def __getattr__(self, name):
        return Noisy("from __getattr__ " + name)
h = Holder()
print("read descriptor")
print(h.fresh.name)
print("read missing")
print(h.missing.name)
x = h.other
print("kept", x.name)
del x
print("after del x")

class Base:
    def hello(self):
        return "hello"
class Child(Base):
    pass
obj = Child()
obj.tag = Noisy("instance payload")
s = super(Child, obj)
del obj
print("super keeps", s.hello(), s.__self__.tag.name)
del s
print("after del s")

class Strip(type):
    def __new__(mcs, name, bases, ns):
        ns.pop("scratch")
        print("metaclass removed scratch")
        return super().__new__(mcs, name, bases, ns)
class Built(metaclass=Strip):
    scratch = Noisy("scratch")
    keep = 1
print("class statement done", hasattr(Built, "scratch"))

class Factory:
    def make(cls):
        return cls.__name__
    make = classmethod(make)
m = Factory.make
wf = weakref.ref(Factory)
del Factory
print("bound classmethod keeps class:", wf() is not None, m())
del m
gc.collect()
print("after collect:", wf())

class Meta(type):
    pass
class WithProp(metaclass=Meta):
    def _get(self):
        return 1
    value = property(_get)
    payload = Noisy("class payload")
wc = weakref.ref(WithProp, lambda r: print("  class weakref callback"))
wm = weakref.ref(Meta, lambda r: print("  metaclass weakref callback"))
del WithProp, Meta
print("collecting")
gc.collect()
print("end", wc(), wm())
