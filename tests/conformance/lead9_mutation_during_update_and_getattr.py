import gc

class X:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
    def __del__(self):
        print("del", self.name)

other = dict([(i, 0) for i in range(1, 20)])
other[X("in other")] = 0
d = {X("in d"): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d), len(other))

class Evil:
    def __getattr__(self, name):
        raise AttributeError(name)
    def __getattribute__(self, name):
        print("getattribute", name)
        del Evil.__getattr__
        for i in range(3):
            gc.collect()
        raise AttributeError(name)

try:
    getattr(Evil(), "attr")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Evil, "__getattr__"))

class Descriptor:
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter
descr = Descriptor()
class A:
    __getattribute__ = descr
class B:
    __getattr__ = descr
class C:
    __getattribute__ = descr
    __getattr__ = descr
for cls in (A, B, C):
    try:
        getattr(cls(), "attr")
    except AttributeError as e:
        print(cls.__name__, "AttributeError", e, descr.counter)
print("end")
