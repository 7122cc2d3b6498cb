class Base:
    def __init__(self, **kw):
        print(f"Base.__init__ leftover={sorted(kw)}")
        super().__init__()
    def describe(self):
        return ["Base"]
class JsonMixin:
    def __init__(self, *, indent=2, **kw):
        self.indent = indent
        print("JsonMixin.__init__", indent)
        super().__init__(**kw)
    def to_json(self):
        import json
        return json.dumps({k: v for k, v in vars(self).items() if not k.startswith("_")}, indent=self.indent, sort_keys=True)
    def describe(self):
        return ["JsonMixin"] + super().describe()
class LogMixin:
    def __init__(self, *, logger="root", **kw):
        self.logger = logger
        print("LogMixin.__init__", logger)
        super().__init__(**kw)
    def describe(self):
        return ["LogMixin"] + super().describe()
class Model(JsonMixin, LogMixin, Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
    def describe(self):
        return ["Model"] + super().describe()
m = Model("widget", indent=None, logger="app", extra=1)
print([c.__name__ for c in Model.__mro__], m.describe(), m.to_json())
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()], super(B, D()).who(), super(C, D()).who())
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class P:
    @property
    def value(self): return 1
class Q(P):
    @P.value.getter
    def value(self): return super().value + 10
    @value.setter
    def value(self, v): print("set", v)
q = Q(); q.value = 5
print(q.value, type(Q.__dict__["value"]).__name__, Q.value.fset is not None, P.value.fset)
try:
    P().value = 3
except AttributeError as e:
    print("AttributeError:", e)
class Cat:
    sound = "meow"
    def speak(self): return f"{type(self).__name__} says {self.sound}"
class Dog:
    sound = "woof"
    def speak(self): return f"{type(self).__name__} barks {self.sound}"
pet = Cat()
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=Meta): pass
class Robot:
    def quack(self): pass
print(isinstance(Robot(), Duck), isinstance(1, Duck))
class Sized:
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
from abc import ABCMeta
class SizedABC(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in K.__dict__ for K in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, SizedABC), issubclass(int, SizedABC), isinstance("s", SizedABC))
SizedABC.register(int)
print(issubclass(int, SizedABC), issubclass(bool, SizedABC))
print(Model.__qualname__, Model.describe.__qualname__, Q.value.fget.__qualname__, m.__module__, type(m).__bases__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner)[:30])
