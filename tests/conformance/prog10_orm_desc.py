"""A small ORM-like layer with descriptors and __set_name__."""


class Field:
    def __init__(self, kind, default=None, required=False):
        self.kind = kind
        self.default = default
        self.required = required

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
        print(f"  field {owner.__name__}.{name}: {self.kind.__name__}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name}")


class Positive(Field):
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")
        super().__set__(obj, value)


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
            cls._rows = {}
            cls._next_id = 1
        return cls


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for name in self._fields:
            f = type(self).__dict__[name]
            if name in kw:
                setattr(self, name, kw.pop(name))
            elif f.required:
                raise TypeError(f"missing field {name}")
        if kw:
            raise TypeError(f"unknown fields {sorted(kw)}")
        self.id = None

    def save(self):
        cls = type(self)
        if self.id is None:
            self.id = cls._next_id
            cls._next_id += 1
        cls._rows[self.id] = {f: getattr(self, f) for f in self._fields}
        return self

    @classmethod
    def get(cls, id):
        row = cls._rows[id]
        obj = cls(**row)
        obj.id = id
        return obj

    @classmethod
    def where(cls, **cond):
        for id, row in sorted(cls._rows.items()):
            if all(row[k] == v for k, v in cond.items()):
                yield cls.get(id)

    def __repr__(self):
        vals = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"<{type(self).__name__} #{self.id} {vals}>"


print("defining User")


class User(Model):
    name = Field(str, required=True)
    age = Positive(int, default=1)
    email = Field(str, default="")


print("defining Post")


class Post(Model):
    title = Field(str, required=True)
    author_id = Field(int, required=True)


print(sorted(ModelMeta.registry), User._fields, Post._fields)
u1 = User(name="ann", age=31).save()
u2 = User(name="bob").save()
u3 = User(name="cy", age=31, email="cy@x").save()
print(u1, u2, u3, sep="\n")
Post(title="hello", author_id=u1.id).save()
Post(title="again", author_id=u1.id).save()
print(list(User.where(age=31)))
print([p.title for p in Post.where(author_id=1)])
for bad in [dict(name=3), dict(name="x", age=0), dict(age=3), dict(name="x", zip=1)]:
    try:
        User(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    del u1.name
except AttributeError as e:
    print("AttributeError:", e)
print(type(User.name).__name__, User.age.default, vars(u2))
u2.age = 40
u2.save()
print(User.get(2), User._rows[2])
