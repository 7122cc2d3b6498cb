# Class creation order: __prepare__, body, __set_name__, metaclass __new__,
# __init_subclass__, metaclass __init__, decorators bottom-up; a local class in
# a cycle with its methods, collected by gc; type(name, bases, ns) errors.
import gc, weakref

def deco(name):
    def wrap(cls):
        print(f"decorator {name} on {cls.__name__}")
        cls.decorated = getattr(cls, "decorated", ()) + (name,)
        return cls
    return wrap

class Field:
    def __init__(self, default):
        print(f"  Field({default!r}) created")
        self.default = default
    def __set_name__(self, owner, name):
        print(f"  __set_name__ {owner.__name__}.{name}")
        self.name = name
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.name, self.default)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"__prepare__ {name} {kw}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} keys={[k for k in ns if not k.startswith('__')]}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    def __init_subclass__(cls, /, tag=None, **kw):
        print(f"__init_subclass__ {cls.__name__} tag={tag}")
        super().__init_subclass__(**kw)
        cls.tag = tag

@deco("outer")
@deco("inner")
class Model(Base, tag="m"):
    print("  body start")
    x = Field(1)
    y = Field("two")
    print("  body end")

print(Model.decorated, Model.tag, Model().x, Model().y, type(Model).__name__)
print(Model.__qualname__, Model.__module__, [c.__name__ for c in Model.__mro__])

def make_class(n):
    class Local:
        size = n
        def method(self):
            return self.size
    return Local

L = make_class(3)
print(L.__qualname__, L().method())
w = weakref.ref(L, lambda r: print("class L collected"))
inst = L()
del L
print("class alive via instance:", w() is not None)
del inst
print("class still alive (cycles in class):", w() is not None)
print("collect found garbage:", gc.collect() > 0)
print("after collect:", w())
T = type("T", (), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"T<{self.v}>"})
print(T(5), T.__name__, T.__bases__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class X(Model, int): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(metaclass=Meta, tag=1): pass
except TypeError as e:
    print("TypeError:", e)
