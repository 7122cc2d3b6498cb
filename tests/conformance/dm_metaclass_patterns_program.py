# Metaclass patterns people write: a registry with __repr__/__len__/__getitem__/
# __iter__ on classes, a singleton via __call__, an abstract-check metaclass
# with a class keyword, metaclass __getattr__, type() with three arguments and
# its errors, __new__ returning another object.
class Registry(type):
    classes = []
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        m.classes.append(name)
        return cls
    def __repr__(cls): return f"<class {cls.__name__} via Registry>"
    def __len__(cls): return len(Registry.classes)
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter(Registry.classes)
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.created_by_meta = True
        return inst
class A(metaclass=Registry): pass
class B(A): pass
print(A, B, len(A), A["x"], list(B), B().created_by_meta, type(B))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class DB(metaclass=Singleton):
    def __init__(s): print("DB init")
print(DB() is DB())
class Abstract(type):
    def __new__(m, name, bases, ns, abstract=False):
        if not abstract:
            for b in bases:
                for req in getattr(b, "required", ()):
                    if req not in ns: raise TypeError(f"{name} missing {req}")
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, abstract=False):
        super().__init__(name, bases, ns)
class Base(metaclass=Abstract, abstract=True):
    required = ("run",)
class Good(Base):
    def run(self): return "ran"
try:
    class BadOne(Base): pass
except TypeError as e: print(e)
print(Good().run())
class Attrs(type):
    def __getattr__(cls, name): return f"meta-{name}"
class UA(metaclass=Attrs):
    x = 1
print(UA.x, UA.missing, getattr(UA, "y"))
print(type(type), type.__name__, type(UA).__mro__)
def f(self): return "dyn " + self.name
D = type("D", (), {"name": "dee", "f": f, "__repr__": lambda s: "D()"})
print(D().f(), D(), D.__name__, D.__qualname__, D.__module__)
try: type("X", (1,), {})
except TypeError as e: print(e)
try: type("X")
except TypeError as e: print(e)
print(type(5), type("X", (), {}).__bases__)
class WithNew:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(s, *a): print("init", a)
WithNew(1, 2)
class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(s): print("never")
print(NewReturnsOther())
try: object.__new__(int)
except TypeError as e: print(e)
class ObjArgs: pass
try: ObjArgs(1)
except TypeError as e: print(e)
