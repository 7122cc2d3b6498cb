# Metaclasses derived from type: __new__/__init__ seeing the namespace,
# metaclass= keyword, inheritance of the metaclass, the metaclass conflict
# error, __call__ for singletons, __prepare__, attributes and methods of the
# metaclass reachable from the class (not from instances), type(C).
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def describe(cls):
        return f"class {cls.__name__} made by {cls.created_by}"

class A(metaclass=Meta):
    x = 1
    def f(self):
        return "f"

class B(A, flavor="sweet"):
    pass

print(type(A).__name__, type(B).__name__, A.describe(), B.describe())
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
try:
    A().describe
except AttributeError as e:
    print("AttributeError:", e)

class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            print("creating", cls.__name__)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance

class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class Other(type):
    pass
class C(metaclass=Other):
    pass
try:
    class D(A, C):
        pass
except TypeError as e:
    print("TypeError:", e)

class Ordered(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class E(metaclass=Ordered, option=1):
    y = 2
print(E.injected, E.y)

class WithRepr(type):
    def __repr__(cls):
        return f"<my class {cls.__name__}>"
class F(metaclass=WithRepr):
    pass
print(repr(F), F, [F])
print(type(type), type(Meta), Meta.__mro__)
