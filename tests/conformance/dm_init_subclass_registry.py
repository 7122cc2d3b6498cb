# __init_subclass__ (an implicit classmethod) with class keyword arguments,
# super().__init_subclass__() chaining, a plugin registry built with it,
# and the TypeError object.__init_subclass__ gives for unused keywords.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "for", cls.__name__)

class Json(Plugin, name="json"):
    pass
class Yaml(Plugin):
    pass
class StrictYaml(Yaml, name="strict-yaml"):
    pass
print(sorted(Plugin.registry), Plugin.registry["json"] is Json)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

try:
    class Broken(Plugin, name="b", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print("b" in Plugin.registry)

class Base:
    pass
try:
    class Child(Base, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)

class Tracked:
    subclasses = []
    def __init_subclass__(cls):
        Tracked.subclasses.append(cls.__name__)
class A(Tracked): pass
class B(A): pass
class C(B): pass
print(Tracked.subclasses)

class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {missing}")
class Good(Validated):
    required = ("run",)
    def run(self): pass
try:
    class Bad(Validated):
        required = ("run", "stop")
        def run(self): pass
except TypeError as e:
    print("TypeError:", e)
print(Good.__name__, [c.__name__ for c in Validated.__subclasses__()])
