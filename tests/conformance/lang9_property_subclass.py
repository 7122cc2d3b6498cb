# Class statements deriving from property: the subclass's instances are
# properties (data descriptors through the inherited slots) with a class,
# a __dict__ and weak references; __init__/__get__/__set__/__set_name__
# overrides reach property's own through super(); getter()/setter() copy
# into the subclass; property_init's doc goes to the instance's __dict__;
# the instances die by refcount and in cycles as CPython's do.
import gc
import weakref


class P(property):
    pass


def f(self):
    "doc of f"
    return 1


p = P(f)
print(p.__dict__, p.__doc__, P.__doc__, type(p).__name__, isinstance(p, property))
q = P(lambda s: 2, None, None, "given")
print(q.__dict__, q.__doc__, q.fget(None), q.fset, q.fdel)
print(P(lambda s: 1).__dict__, P().__dict__)
r = p.setter(lambda s, v: None)
print(type(r).__name__, r.__dict__, r.fget is f)


class C:
    x = P(f)

    @P
    def y(self):
        return "y"

    @y.setter
    def y(self, v):
        print("set y", v)

    @y.deleter
    def y(self):
        print("delete y")


c = C()
c.y = 4
del c.y
print(c.x, c.y, type(C.__dict__["y"]).__name__, C.y.fset.__name__, "y" in vars(c))
try:
    c.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class classproperty(property):
    def __get__(self, obj, cls=None):
        return self.fget(cls)


class K:
    @classproperty
    def name(cls):
        return cls.__name__.lower()


class K2(K):
    pass


print(K.name, K().name, K2.name)


class Logged(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        print("Logged.__init__", fget.__name__ if fget else None, fset.__name__ if fset else None)
        super().__init__(fget, fset, fdel, doc)

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.public = name
        super().__set_name__(owner, name)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print("get", self.public)
        return super().__get__(obj, cls)

    def __set__(self, obj, v):
        print("set", self.public, v)
        super().__set__(obj, v)


class M:
    def __init__(self):
        self._v = 0

    @Logged
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val

    w = Logged(lambda self: "w")


m = M()
m.v = 3
print(m.v, m.w)
try:
    m.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Slotted(property):
    __slots__ = ()


try:
    Slotted(f)
except AttributeError as e:
    print("AttributeError:", e)
print(Slotted(None, None, None, "d").fget)


class Tracked(property):
    def __del__(self):
        print("del Tracked", self.tag)


t = Tracked(f)
t.tag = "t"
wr = weakref.ref(t, lambda ref: print("weakref callback"))
del t
print("after del t", wr())
u = Tracked(f)
u.tag = "cycle"
u.me = u
del u
print("collect", gc.collect())


class Owner:
    @Tracked
    def a(self):
        return 1


Owner.a.tag = "class attr"
print(Owner().a, gc.is_tracked(Owner.__dict__["a"]))
del Owner
print("class cycle collected:", gc.collect() > 0)
print("end")
