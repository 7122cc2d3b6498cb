# A metaclass __prepare__ returning a dict subclass: the class body's
# STORE_NAME/LOAD_NAME/DELETE_NAME go through its __setitem__, __getitem__
# (and __missing__) and __delitem__, __module__ and __qualname__ included;
# a name the mapping lacks falls back to globals and builtins.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        print("  set", key)
        self.order.append(key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("  get", key)
        return super().__getitem__(key)
    def __missing__(self, key):
        print("  missing", key)
        raise KeyError(key)
    def __delitem__(self, key):
        print("  del", key)
        super().__delitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))

LIMIT = 10
class Config(metaclass=Meta):
    """Docstring goes through __setitem__ too."""
    size = 3
    double = size * 2
    cap = min(LIMIT, 99)
    temp = 1
    del temp
    def method(self):
        return self.size
print(Config.size, Config.double, Config.cap, Config().method(), hasattr(Config, "temp"), Config.__doc__)

class Counting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return len(key)
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Counting()
class Auto(metaclass=AutoMeta):
    a = auto_one
    b = auto_three + 1
print(Auto.a, Auto.b)
try:
    class Broken(metaclass=AutoMeta):
        x = undefined_name
except NameError as e:
    print("NameError:", e)
