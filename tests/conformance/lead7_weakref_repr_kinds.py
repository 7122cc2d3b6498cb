# weakref_repr for every kind of reference: plain refs, ref subclasses (with
# and without their own __repr__), KeyedRef, WeakMethod (the referent is the
# instance), dead refs; the `(name)` part comes from `__name__` looked up on the
# referent's type (functions, classes, instances whose class defines
# __name__), never from a module's own __name__ or an instance's __getattr__.
import re
import sys
import weakref


def show(label, r):
    print(label, re.sub(r"0x[0-9a-f]+", "ADDR", repr(r)))


class A:
    pass


class Named:
    __name__ = "custom"


class Dynamic:
    def __getattr__(self, name):
        print("  __getattr__", name)
        return "dyn"


class PlainSub(weakref.ref):
    pass


class OwnRepr(weakref.ref):
    def __repr__(self):
        return "OwnRepr(" + super().__repr__().split(";")[0] + ")"


class M:
    def method(self):
        pass


def func():
    pass


a = A()
m = M()
show("ref:", weakref.ref(a))
show("named:", weakref.ref(n := Named()))
show("dynamic:", weakref.ref(d := Dynamic()))
show("module:", weakref.ref(sys))
show("class:", weakref.ref(A))
show("function:", weakref.ref(func))
show("subclass:", PlainSub(a))
show("own repr:", OwnRepr(a))
print("str of own repr:", str(OwnRepr(a)).startswith("OwnRepr(<weakref at"))
show("keyed:", weakref.KeyedRef(a, None, "k"))
show("method:", weakref.WeakMethod(m.method))
show("ref.__repr__:", weakref.ref.__repr__(PlainSub(a)))
dead = PlainSub(A())
show("dead subclass:", dead)
r = weakref.ref(a)
del a
show("dead:", r)
wm = weakref.WeakMethod(m.method)
del m
show("dead method:", wm)
