class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env

a = Config("prod"); b = Config("test")
print(a is b, a.env, type(Config).__name__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} kw={kw}")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name}")
        return {"prepared": True}
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Model(metaclass=Meta, table="models"):
    x = 1

class Sub(Model):
    y = 2
print(Model, Sub, Sub.created_by, Sub.prepared, Sub.x)
print(isinstance(Sub, Meta), Meta.__mro__)

Dyn = type("Dyn", (Sub,), {"z": 3, "hello": lambda self: f"hello from {type(self).__name__}"})
print(Dyn().hello(), Dyn.z, Dyn.__bases__)

class Fields(type):
    def __new__(m, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, int) and not k.startswith("_")]
        cls = super().__new__(m, name, bases, ns)
        cls._fields = tuple(fields)
        return cls
class Rec(metaclass=Fields):
    a = 1
    b = 2
    _hidden = 3
    c = "no"
print(Rec._fields)
