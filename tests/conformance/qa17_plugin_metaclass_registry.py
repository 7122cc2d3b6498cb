class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kw.get("key", name.lower())
            if key in mcls.registry:
                raise TypeError(f"duplicate plugin {key!r}")
            mcls.registry[key] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.created_order = len(PluginMeta.registry)
    def __call__(cls, *args, **kwargs):
        print(f"creating {cls.__name__}{args}")
        inst = super().__call__(*args, **kwargs)
        inst.ready = True
        return inst
    def __repr__(cls):
        return f"<plugin {cls.__name__}>"
    def __len__(cls):
        return len(cls.registry)
    def __iter__(cls):
        return iter(sorted(cls.registry))
    def __getitem__(cls, k):
        return cls.registry[k]

class Plugin(metaclass=PluginMeta):
    def run(self, data):
        raise NotImplementedError

class Upper(Plugin):
    def run(self, data): return data.upper()
class Reverse(Plugin, key="rev"):
    def __init__(self, times=1): self.times = times
    def run(self, data):
        for _ in range(self.times):
            data = data[::-1]
        return data

try:
    class Upper2(Plugin, key="upper"):
        pass
except TypeError as e:
    print("TypeError:", e)

print(Plugin.registry)
print(len(Plugin), list(Plugin), Plugin["rev"], Reverse.created_order)
r = Reverse(3)
print(r.run("abc"), r.ready, type(r), type(type(r)).__name__)

class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__
        Base.subclasses.append(cls)
class A(Base, tag="alpha"): pass
class B(A): pass
class C(B, tag="gamma"):
    def __init_subclass__(cls, **kw):
        print("C.__init_subclass__ for", cls.__name__)
        super().__init_subclass__(**kw)
class D(C): pass
print([(c.__name__, c.tag) for c in Base.subclasses])
try:
    class E(Base, color="red"): pass
except TypeError as e:
    print("TypeError:", e)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"_order": []}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, dict(ns))
class Rec(metaclass=Ordered):
    z = 1
    a = 2
    def m(self): pass
print(Rec.fields)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Generic[int], Generic["x"], list[int], dict[str, list[int]])
print(isinstance(Upper(), Plugin), issubclass(Reverse, Plugin), Plugin.__subclasses__()[:2])
