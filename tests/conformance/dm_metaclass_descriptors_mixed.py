# A metaclass with __prepare__/__new__/__init__/__call__ and class keywords, 
# __init_subclass__, __set_name__ descriptors (data and non-data), __slots__ 
# errors, super() forms, __getattr__ and __getattribute__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {}

class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag)
        super().__init_subclass__(**kw)
        cls.tag = tag

class Child(Base, tag="c"):
    x = 1

print(Child.tag, type(Child).__name__)
c = Child()

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, t=None):
        return "nondata"

class P:
    a = Field()
    b = Field()
    nd = NonData()
p = P()
print(p.a)
p.a = 3
print(p.a, p.__dict__)
p.__dict__['nd'] = "inst"
print(p.nd)
print(P.a.name)

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
s = Slotted()
try:
    s.z = 1
except AttributeError as e:
    print(e)
try:
    s.y
except AttributeError as e:
    print(e)
print(type(Slotted.x).__name__, Slotted.x)
import weakref
try:
    weakref.ref(s)
except TypeError as e:
    print(e)

class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super(B, self).hi()
print(D().hi(), [k.__name__ for k in D.__mro__])

class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.xyz)
try:
    d.abc
except AttributeError as e:
    print(e)
print(getattr(d, "q", "dflt"), hasattr(d, "xa"))

class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)
    def m(self): return 5
lg = Logged()
lg.v = 1
print(lg.v, lg.m())
