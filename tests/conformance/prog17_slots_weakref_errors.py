import weakref

class NoWeak:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")

class Sub(NoWeak):
    pass

try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
w = WithWeak()
r = weakref.ref(w)
print(r() is w)
del w
print(r())
s = Sub()
print(weakref.ref(s)() is s)
for obj in (1, "s", (1,), [1], {}, None, 1.5, b"x"):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)
