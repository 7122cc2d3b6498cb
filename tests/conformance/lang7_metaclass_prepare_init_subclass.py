# Metaclasses: __prepare__ returning a dict with an entry, __new__/__init__/
# __call__ order with class keywords, __init_subclass__ with a keyword, a bad
# keyword's TypeError, type(name, bases, ns), __instancecheck__/
# __subclasscheck__, __class_getitem__.
# CPython: Python/bltinmodule.c __build_class__, Objects/typeobject.c type_new.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class Base(metaclass=OrderedMeta, flag=True):
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag)
        super().__init_subclass__(**kw)
        cls.tag = tag
    def __init__(self, v):
        self.v = v
class Child(Base, tag="kid"):
    z = 1
c = Child(5)
print(c.v, Child.tag, Child.injected, type(Child).__name__)
try:
    class Bad(Base, nope=1):
        pass
except TypeError as e:
    print("TypeError", e)
T = type("T", (object,), {"a": 1, "m": lambda self: self.a + 1})
print(T().m(), T.__name__, T.__qualname__, T.__module__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
class M2(type):
    def __instancecheck__(cls, inst):
        print("instcheck"); return True
    def __subclasscheck__(cls, sub):
        print("subcheck"); return sub is int
class Any(metaclass=M2): pass
print(isinstance(3, Any), issubclass(int, Any), issubclass(str, Any))
print(isinstance(Any(), Any))
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x", 1])
