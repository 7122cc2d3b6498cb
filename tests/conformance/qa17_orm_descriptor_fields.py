class Field:
    def __init__(self, *, default=None, required=False):
        self.default = default
        self.required = required
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", []) + [name]
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        value = self.convert(value)
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        if self.required:
            raise AttributeError(f"cannot delete required field {self.name!r}")
        delattr(obj, self.private)
    def convert(self, v):
        return v
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class IntField(Field):
    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max
    def convert(self, v):
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError(f"{self.name} must be int, not {type(v).__name__}")
        if self.min is not None and v < self.min:
            raise ValueError(f"{self.name}={v} below {self.min}")
        if self.max is not None and v > self.max:
            raise ValueError(f"{self.name}={v} above {self.max}")
        return v

class StrField(Field):
    def convert(self, v):
        return str(v).strip()

class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._table = ns.get("__table__", name.lower() + "s")
        return cls

class Model(metaclass=ModelMeta):
    _rows = None
    def __init__(self, **kw):
        for f in self._fields:
            if f in kw:
                setattr(self, f, kw.pop(f))
            elif getattr(type(self), f).required:
                raise TypeError(f"missing required field {f!r}")
        if kw:
            raise TypeError(f"unknown fields: {', '.join(sorted(kw))}")
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"
    def insert_sql(self):
        cols = ", ".join(self._fields)
        vals = ", ".join(repr(getattr(self, f)) for f in self._fields)
        return f"INSERT INTO {self._table} ({cols}) VALUES ({vals});"

class User(Model):
    name = StrField(required=True)
    age = IntField(min=0, max=150, default=18)
    email = StrField(default="")

class Order(Model):
    __table__ = "purchase"
    qty = IntField(min=1, required=True)

u = User(name="  Ann ", age=30)
print(u, u.insert_sql())
print(User(name="Bob"), User._fields, Order._fields, User.age, Order._table)
for kw in [dict(name="x", age=-1), dict(name="x", age="3"), dict(age=3), dict(name="y", color=1, size=2), dict(name="z", age=True)]:
    try:
        User(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del u.email
print(repr(u.email), vars(u))
try:
    del u.name
except AttributeError as e:
    print(e)
o = Order(qty=2)
print(o.insert_sql())

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.attr] = val
        print(f"computed {self.attr}")
        return val
class Data:
    def __init__(self, xs): self.xs = xs
    @Lazy
    def total(self): return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, "total" in vars(d))
class Weird:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
w = Weird()
print(w.get_thing(), hasattr(w, "zzz"), getattr(w, "zzz", "dflt"))
try:
    w.other
except AttributeError as e:
    print(e)
