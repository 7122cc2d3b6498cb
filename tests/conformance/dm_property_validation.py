# property built with property(fget, fset, fdel) and .setter/.deleter copies:
# validation in the setter, AttributeError messages of 3.11 for a missing
# setter/deleter/getter, fget/fset/fdel and the property's own lifetime.
import gc
gc.disable()

class Temperature:
    def __init__(self, c):
        self.celsius = c
    def _get(self):
        return self._c
    def _set(self, v):
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = v
    def _del(self):
        print("deleting", self._c)
        del self._c
    celsius = property(_get, _set, _del, "degrees Celsius")
    def _f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_f)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, t.__dict__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
p = Temperature.__dict__['celsius']
print(type(p).__name__, p.__doc__, p.fget is Temperature._get, p.fset is Temperature._set)
print(Temperature.celsius is p, Temperature.fahrenheit.fset, Temperature.fahrenheit.__doc__)

class WriteOnly:
    secret = property(None, lambda self, v: print("stored", v))
w = WriteOnly()
w.secret = 42
try:
    w.secret
except AttributeError as e:
    print("AttributeError:", e)

# setter() and deleter() return new properties; the old one is unchanged.
def g(self): return 1
base = property(g)
with_set = base.setter(lambda self, v: None)
print(base is with_set, base.fset, with_set.fget is g, with_set.fset is not None)
anon = property(g)
class Late: pass
Late.x = anon
try:
    Late().x = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.fget = None
except AttributeError as e:
    print("AttributeError:", e)

class Tracked:
    def __del__(self):
        print("getter owner died")
    def __call__(self, obj):
        return "computed"
class H:
    value = property(Tracked())
print(H().value)
del H
gc.collect()
print("end")
