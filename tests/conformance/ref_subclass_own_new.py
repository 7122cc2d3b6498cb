# Subclasses of weakref.ref with their own __new__ (calling
# weakref.ref.__new__(cls, ob, callback)), with __slots__ (no __dict__),
# with an __init__ taking keywords, and plain ones: construction errors
# and the referent's death seen through each.
import weakref
class Object:
    def __init__(self, arg):
        self.arg = arg
class MyRef(weakref.ref):
    __slots__ = "slot1", "slot2"
    def __new__(type, ob, callback, slot1, slot2):
        return weakref.ref.__new__(type, ob, callback)
    def __init__(self, ob, callback, slot1, slot2):
        self.slot1 = slot1
        self.slot2 = slot2
    def meth(self):
        return self.slot1 + self.slot2
o = Object(42)
r = MyRef(o, None, "abc", "def")
print(r.slot1, r.slot2, r.meth(), hasattr(r, "__dict__"), r() is o, type(r).__name__)
class Ext(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)
e = Ext(o, None, tag="t")
print(e.tag, e() is o)
class Plain(weakref.ref):
    pass
p = Plain(o)
print(p() is o, weakref.getweakrefcount(o))
for bad in [(), (o, None, 1)]:
    try:
        Plain(*bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    Plain(o, x=1)
except TypeError as ex:
    print("TypeError:", ex)
print(weakref.ref.__new__(weakref.ref, o)() is o)
print(weakref.ref.__new__(Plain, o)() is o)
del o, bad
print(r(), e(), p())
