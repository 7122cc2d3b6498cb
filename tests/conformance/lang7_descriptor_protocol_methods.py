# Descriptors as frameworks write them: __set_name__ in definition order (and
# its absence when a descriptor is attached after class creation), __get__
# through the class (inst None), __set__/__delete__, a property re-getter in a
# subclass (@Base.v.getter), property docs and read-only errors, member
# descriptors of __slots__ used directly, and the __get__ method of every
# builtin descriptor: property, function, staticmethod, classmethod (wrap_descr_get:
# None means absent, __get__(None, None) is invalid).
# CPython: Objects/descrobject.c, Objects/funcobject.c sm/cm_descr_get, typeobject.c wrap_descr_get.
class Field:
    count = 0
    def __init__(self, default=None):
        Field.count += 1; self.order = Field.count; self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name, self.order)
        self.name = name; self.storage = f"_f_{name}"
    def __get__(self, inst, owner):
        if inst is None:
            return f"<Field {self.name} of {owner.__name__}>"
        return getattr(inst, self.storage, self.default)
    def __set__(self, inst, value):
        print("set", self.name, value); setattr(inst, self.storage, value)
    def __delete__(self, inst):
        print("delete", self.name); delattr(inst, self.storage)
class Model:
    b = Field(2)
    a = Field(1)
    def __init_subclass__(cls): print("init_subclass", cls.__name__)
class User(Model):
    name = Field("anon")
u = User(); print(u.a, u.b, u.name, User.name, Model.a)
u.name = "bob"; print(u.name, vars(u)); del u.name; print(u.name)
try: del u.name
except AttributeError as e: print("AttributeError", e)
class Late:
    pass
Late.f = Field(0)
try: print(Late().f)
except AttributeError as e: print("no set_name:", e)
f = Field(); f.__set_name__(Late, "manual"); Late.manual = f; print(Late().manual)
class Base:
    @property
    def v(self): return "base"
    @v.setter
    def v(self, x): print("base setter", x)
class Child(Base):
    @Base.v.getter
    def v(self): return "child"
c = Child(); print(c.v); c.v = 3
print(type(Base.__dict__["v"]).__name__, Base.v.fset is Child.v.fset, Child.v.__doc__)
class Doc:
    @property
    def p(self):
        "the docstring"
        return 1
print(Doc.p.__doc__, Doc().p)
class NonDataOverride:
    def method(self): return "class"
n = NonDataOverride(); n.method = lambda: "instance"; print(n.method())
class Slotted:
    __slots__ = ("a",)
print(type(Slotted.a).__name__, Slotted.a.__name__, Slotted.a.__objclass__.__name__)
s = Slotted(); Slotted.a.__set__(s, 5); print(Slotted.a.__get__(s, Slotted), s.a)
print(Slotted.a.__get__(None, Slotted) is Slotted.a)
sm = staticmethod(lambda: 1); cm = classmethod(lambda cls: cls)
print(sm.__get__(None, int)(), cm.__get__(None, int), cm.__get__(5).__self__)
print(property().fget, property(doc="d").__doc__)
try: property()(1)
except TypeError as e: print(e)
try: Doc().p = 2
except AttributeError as e: print(e)
try: del Doc().p
except AttributeError as e: print(e)
class Doc:
    @property
    def p(self): return 1
    def m(self): return "m"
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
d = Doc()
for name, thunk in [("prop get", lambda: Doc.p.__get__(d, Doc)), ("prop get None", lambda: Doc.p.__get__(None, Doc) is Doc.p), ("prop set", lambda: Doc.p.__set__(d, 1)),
    ("func get", lambda: Doc.m.__get__(d)()), ("func get None", lambda: Doc.m.__get__(None, Doc) is Doc.m), ("sm get", lambda: Doc.__dict__["s"].__get__(d)()),
    ("cm get", lambda: Doc.__dict__["c"].__get__(d)()), ("cm get2", lambda: Doc.__dict__["c"].__get__(None, Doc)()), ("sm func", lambda: Doc.__dict__["s"].__func__()),
    ("sm wrapped", lambda: Doc.__dict__["s"].__wrapped__()), ("cm isabstract", lambda: Doc.__dict__["c"].__isabstractmethod__), ("prop delete", lambda: Doc.p.__delete__(d)),
    ("len get", lambda: len.__get__), ("lambda get", lambda: (lambda self: self).__get__(5)())]:
    try:
        print(name, thunk())
    except Exception as e:
        print(name, type(e).__name__, e)
for thunk in [lambda: staticmethod(len).__get__(None, None), lambda: classmethod(len).__get__(None, None), lambda: staticmethod(len).__get__(), lambda: classmethod(len).__get__(1, 2, 3), lambda: classmethod(len).__get__(1, 2)]:
    try: print(thunk())
    except TypeError as e: print(e)
