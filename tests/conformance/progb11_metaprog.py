class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __repr__(self):
        return f"Field({self.kind.__name__})"

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._fields = {**getattr(cls, "_fields", {}), **fields}
        if kw.get("register", True):
            mcls.registry[name] = cls
        return cls
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj._validated = True
        return obj

class Model(metaclass=ModelMeta, register=False):
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise AttributeError(f"unknown field {k!r}")
            setattr(self, k, v)
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
    def __repr__(self):
        vals = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({vals})"

class User(Model, table="people"):
    name = Field(str, "")
    age = Field(int, 0)

class Admin(User):
    level = Field(int, 1)

u = User(name="ann", age=30)
a = Admin(name="root", level=9)
print(u, a, u._validated, User.table, Admin.table, ModelMeta.registry, type(User), User.name)
try:
    u.age = "old"
except TypeError as e:
    print(e)
try:
    User(email="x")
except AttributeError as e:
    print(e)
print(list(Admin._fields), Admin.__mro__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
print(Config() is Config())
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __class_getitem__(cls, item):
        return f"Vec[{item.__name__}]"
v = Vec(1, 2)
try:
    v.z = 3
except AttributeError as e:
    print(e)
print(Vec[int], hasattr(v, "__dict__"), Vec.__slots__)
Dyn = type("Dyn", (object,), {"greet": lambda self: f"hi from {type(self).__name__}", "x": 5})
print(Dyn().greet(), Dyn.x, Dyn.__name__, Dyn.__bases__)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        print(f"proxy get {name}")
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        print(f"proxy set {name}")
        setattr(self._t, name, value)
    def __delattr__(self, name):
        print(f"proxy del {name}")
p = Proxy(u)
print(p.name)
p.age = 31
del p.age
print(u.age, getattr(p, "missing", "default") if hasattr(u, "missing") else "no missing")
class Ordered:
    def __init__(self):
        self.log = []
    def __getattribute__(self, name):
        if name != "log" and not name.startswith("__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def a(self): return 1
o = Ordered(); o.a(); o.a
print(o.log)
