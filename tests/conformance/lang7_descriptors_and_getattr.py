# Descriptors and attribute hooks: __set_name__, a typed data descriptor
# winning over the instance dict, a non-data descriptor shadowed by it,
# __getattr__ as the fallback (AttributeError's name/obj), __getattribute__
# with __getattr__, __setattr__/__delattr__ through super().
# CPython: Objects/object.c _PyObject_GenericGetAttrWithDict, typeobject.c slot_tp_getattr_hook.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, t=None):
        return "nondata"
class P:
    x = Typed()
    y = Typed()
    nd = NonData()
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
p = P()
p.x = 3
print(p.x, p.y, p.nd)
p.nd = "instance"
print(p.nd)
p.__dict__["x"] = "shadow"
print(p.x, p.__dict__)
try:
    p.y = "s"
except TypeError as e:
    print(e)
print(p.dyn_hello)
try:
    p.other
except AttributeError as e:
    print(e, e.name, e.obj is p)
print(getattr(p, "zzz", "default"), hasattr(p, "qq"))
class Ga:
    def __getattribute__(self, name):
        print("ga", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
g = Ga(); g.a = 1
print(g.a, g.b)
class SA:
    def __setattr__(self, n, v):
        print("setattr", n, v); super().__setattr__(n, v)
    def __delattr__(self, n):
        print("delattr", n); super().__delattr__(n)
s = SA(); s.q = 1; del s.q
try:
    del s.q
except AttributeError as e:
    print(e)
