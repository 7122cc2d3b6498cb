import weakref, sys, types, re
def tryref(label, obj):
    try:
        r = weakref.ref(obj)
        print(label, "ok", r() is obj)
    except TypeError as e:
        print(label, "TypeError", e)
class L(list): pass
class T(tuple): pass
class I(int): pass
class Str(str): pass
class Dct(dict): pass
class St(set): pass
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "__weakref__")
class S3(S1): pass
def gen(): yield
async def coro(): pass
c = coro()
tryref("int", 1); tryref("str", "s"); tryref("list", []); tryref("dict", {}); tryref("tuple", ())
tryref("set", set()); tryref("frozenset", frozenset()); tryref("L", L()); tryref("T", T()); tryref("I", I())
tryref("Str", Str()); tryref("Dct", Dct()); tryref("St", St()); tryref("S1", S1()); tryref("S2", S2()); tryref("S3", S3())
tryref("function", gen); tryref("generator", gen()); tryref("coroutine", c); c.close()
tryref("type", int); tryref("class", L); tryref("module", sys); tryref("code", gen.__code__)
tryref("method", L().append); tryref("bound", S2.__init__); tryref("builtin fn", len)
tryref("None", None); tryref("object", object()); tryref("bytes", b""); tryref("bytearray", bytearray())
tryref("range", range(3)); tryref("frame", sys._getframe()); tryref("property", property())
tryref("staticmethod", staticmethod(len)); tryref("partial", __import__("functools").partial(len))
tryref("pattern", re.compile("a")); tryref("SimpleNamespace", types.SimpleNamespace())
tryref("iter", iter([])); tryref("exception", ValueError())
import weakref
def f(): return 1
c = f.__code__.replace(co_name="g")
r = weakref.ref(c, lambda r: print("code ref cb"))
print(r() is c, weakref.getweakrefcount(c))
del c
print("after del", r())
r2 = weakref.ref(f.__code__)
print(r2() is f.__code__)
