import weakref
from typing import ClassVar, Any

class Field:
    def __init__(self, type_, default=None, primary=False):
        self.type = type_
        self.default = default
        self.primary = primary

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.type):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.type.__name__}, not {type(value).__name__}")
        setattr(obj, self.attr, value)
        obj._dirty.add(self.name)

    def __repr__(self):
        return f"Field({self.type.__name__}, name={self.name!r})"

class Model:
    registry: ClassVar[dict] = {}
    _fields: ClassVar[dict]

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls._fields = {k: v for b in reversed(cls.__mro__) for k, v in vars(b).items() if isinstance(v, Field)}
        cls._identity = weakref.WeakValueDictionary()
        cls._pk = next((f.name for f in cls._fields.values() if f.primary), None)
        Model.registry[cls.table] = cls

    def __new__(cls, **values):
        pk = values.get(cls._pk)
        if pk is not None and pk in cls._identity:
            return cls._identity[pk]
        obj = super().__new__(cls)
        obj._dirty = set()
        return obj

    def __init__(self, **values):
        if getattr(self, "_loaded", False):
            return
        for name, f in self._fields.items():
            setattr(self, name, values.get(name, f.default))
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        self._loaded = True
        self._dirty.clear()
        if self._pk:
            type(self)._identity[getattr(self, self._pk)] = self

    def __repr__(self):
        vals = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({vals})"

    def __del__(self):
        print(f"  evict {type(self).__name__}#{getattr(self, self._pk, '?')}")

class User(Model):
    id = Field(int, primary=True)
    name = Field(str, "")
    email = Field(str)

class Admin(User, table="admins"):
    level = Field(int, 1)

class Tag(Model):
    label = Field(str)

print(sorted(Model.registry), User.table, Admin.table, Tag._pk)
print(list(Admin._fields), User.id, Admin.level)
u = User(id=1, name="ann", email="ann@x")
same = User(id=1)
print(u is same, u, u._dirty)
u.name = "Ann"
print("dirty:", u._dirty)
try:
    u.email = 42
except TypeError as e:
    print("TypeError:", e)
try:
    User(id=2, nick="x")
except TypeError as e:
    print("TypeError:", e)
print("identity map:", sorted(User._identity.keys()))
a = Admin(id=1, name="root", level=9)
print(a is u, a, len(Admin._identity), len(User._identity))
del same
print("still cached:", 1 in User._identity)
del u
print("after del u:", list(User._identity.keys()))
t1, t2 = Tag(label="a"), Tag(label="b")
print(t1, t2, len(Tag._identity))
users = [User(id=i, name=f"u{i}") for i in range(10, 13)]
print(sorted(User._identity))
users.pop(1)
print(sorted(User._identity))
print(Model.__init_subclass__, type(User.__dict__["id"]).__name__)
print("end of script")
