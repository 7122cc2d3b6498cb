"""__init_subclass__ registries, __set_name__ descriptors, metaclasses."""
import weakref
from abc import ABC, abstractmethod


class Field:
    _counter = 0

    def __init__(self, kind, *, default=None, required=False):
        self.kind = kind
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name
        print(f"  __set_name__ {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")

    def __repr__(self):
        return f"Field({self.kind.__name__})"


class ModelMeta(type):
    models = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name} kw={kw}")
        return {"_created_by": mcls.__name__}

    def __new__(mcls, name, bases, ns, *, table=None, **kw):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns, **kw)
        inherited = {}
        for b in reversed(cls.__mro__[1:]):
            inherited.update(getattr(b, "_fields", {}))
        inherited.update(fields)
        cls._fields = dict(sorted(inherited.items(), key=lambda kv: kv[1].order))
        cls._table = table or name.lower() + "s"
        if bases:
            mcls.models[cls._table] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        missing = [n for n, f in cls._fields.items() if f.required and getattr(obj, n) is None]
        if missing:
            raise ValueError(f"{cls.__name__} missing {', '.join(missing)}")
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"unexpected field {k!r}")
            setattr(self, k, v)

    def __init_subclass__(cls, audited=False, **kw):
        super().__init_subclass__(**kw)
        cls.audited = audited
        print(f"  init_subclass {cls.__name__} audited={audited}")

    def as_dict(self):
        return {n: getattr(self, n) for n in self._fields}

    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"{type(self).__name__}({body})"


class User(Model, table="people", audited=True):
    name = Field(str, required=True)
    age = Field(int, default=0)


class Admin(User):
    level = Field(int, default=1)


class Shape(ABC):
    registry = weakref.WeakValueDictionary()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__] = cls

    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def sides(self): ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    sides = property(lambda self: 4)


class Broken(Shape):
    def area(self):
        return 0


print(ModelMeta.models)
print(User._created_by, User._table, list(Admin._fields), Admin.audited)
u = User(name="ada", age=36)
a = Admin(name="root", level=9)
print(u, a)
for bad in [dict(age=3), dict(name="x", age="old"), dict(name="x", email="e")]:
    try:
        User(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del u.name
except AttributeError as e:
    print(e)
print(User.name, User.__dict__["age"].order, type(User), isinstance(User, ModelMeta))
print(sorted(Shape.registry), Square(3).area(), Square(3).sides)
try:
    Broken()
except TypeError as e:
    print(e)
del Broken
import gc
gc.collect()
print(sorted(Shape.registry))
Dyn = ModelMeta("Dyn", (Model,), {"x": Field(float)}, table="dyn")
print(Dyn, Dyn(x=1.5), type.__repr__(Dyn))
print(issubclass(Admin, User), Admin.__mro__)
