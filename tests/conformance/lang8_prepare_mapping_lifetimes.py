# Mapping namespaces from __prepare__ in the programs that use them:
# computed names on lookup, annotations stored through the mapping
# (SETUP_ANNOTATIONS asks it for __annotations__ first), __classcell__ so
# that super() and __class__ work, errors raised by the mapping itself,
# and the namespace object dying once the class is made.
class AutoNS:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k in self.d: return self.d[k]
        if k.startswith("auto_"):
            return k.upper()
        raise KeyError(k)
    def __setitem__(self, k, v):
        print("  ns set", k, type(v).__name__)
        self.d[k] = v
    def __delitem__(self, k): del self.d[k]
class AM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return AutoNS()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns.d)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns.d)
class Base(metaclass=AM, flag=1):
    a: int = 1
    b: str
    label = auto_label
    def hello(self):
        return f"hello from {__class__.__name__}"
class Sub(Base):
    def hello(self):
        return "sub+" + super().hello()
print(Base.__annotations__, Base.label, Sub().hello(), Sub.__qualname__, Sub.__module__)
print(type(Sub).__name__, Sub.__mro__[1].__name__)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
try:
    class X(metaclass=Bad):
        y = 2
except TypeError as e:
    print("TypeError", e)
class Raising:
    def __getitem__(self, k): raise RuntimeError("get " + k)
    def __setitem__(self, k, v): raise RuntimeError("set " + k)
class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Raising()
try:
    class Y(metaclass=RM):
        pass
except RuntimeError as e:
    print("RuntimeError", e)
import gc
class Tracked:
    def __del__(self): print("ns del")
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
class TM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Tracked()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns.d))
class Z(metaclass=TM):
    q = 1
print("class made", Z.q)
