# Metaclasses with class keyword arguments: __prepare__, __new__, __init__ and
# __call__ of a metaclass, __init_subclass__ keywords, TypeErrors for keywords
# nobody takes, type() with keywords, __instancecheck__/__subclasscheck__ and
# a metaclass conflict.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag
    def __init__(s, v): s.v = v
class Sub(Base, tag="t1", flag=2):
    pass
s = Sub(5)
print(s.v, Sub.tag, Sub.injected, type(Sub).__name__)
try:
    class Bad(Base, nope=3): pass
except TypeError as e:
    print("TE", e)
class Plain:
    def __init_subclass__(cls, **kw):
        print("plain isc", kw)
try:
    class P2(Plain, x=1): pass
except TypeError as e: print("TE2", e)
try:
    class P3(x=1): pass
except TypeError as e: print("TE3", e)
T = type("T", (Base,), {"a": 1}, tag="dyn")
print(T.tag, T.a, T.__mro__[1:])
class M2(type):
    def __instancecheck__(cls, inst): print("ic", inst); return True
    def __subclasscheck__(cls, sub): print("sc", sub.__name__); return False
class Any(metaclass=M2): pass
print(isinstance(3, Any), issubclass(int, Any))
print(isinstance(Any(), Any))
class M3(type): pass
class M4(type): pass
class A3(metaclass=M3): pass
class A4(metaclass=M4): pass
try:
    class C34(A3, A4): pass
except TypeError as e: print(e)
