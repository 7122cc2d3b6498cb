"""A dependency-injection container with weak singletons."""
import weakref
import inspect
import gc


class Container:
    def __init__(self):
        self._providers = {}
        self._singletons = weakref.WeakValueDictionary()
        self.created = []

    def register(self, iface, impl=None, *, singleton=False):
        impl = impl or iface
        self._providers[iface] = (impl, singleton)
        return impl

    def provide(self, iface):
        impl, singleton = self._providers[iface]
        if singleton:
            inst = self._singletons.get(iface)
            if inst is not None:
                return inst
        sig = inspect.signature(impl.__init__)
        kwargs = {}
        for name, param in sig.parameters.items():
            if name == "self":
                continue
            if param.annotation is inspect.Parameter.empty:
                if param.default is inspect.Parameter.empty:
                    raise LookupError(f"cannot resolve {name} of {impl.__name__}")
                continue
            kwargs[name] = self.provide(param.annotation)
        inst = impl(**kwargs)
        self.created.append(impl.__name__)
        if singleton:
            self._singletons[iface] = inst
        return inst


class Config:
    def __init__(self):
        self.url = "db://local"

    def __del__(self):
        print("  Config released")


class Database:
    def __init__(self, config: Config):
        self.config = config
        print("  Database connecting to", config.url)

    def __del__(self):
        print("  Database closed")


class Repo:
    def __init__(self, db: Database, table="users"):
        self.db = db
        self.table = table


class Service:
    def __init__(self, repo: Repo, config: Config):
        self.repo = repo
        self.config = config

    def describe(self):
        return f"Service({self.repo.table} via {self.config.url})"


c = Container()
c.register(Config, singleton=True)
c.register(Database, singleton=True)
c.register(Repo)
c.register(Service)

s1 = c.provide(Service)
s2 = c.provide(Service)
print(s1.describe(), s1 is s2, s1.repo.db is s2.repo.db, s1.config is s1.repo.db.config)
print("created:", c.created)
print("singletons alive:", sorted(k.__name__ for k in c._singletons.keys()))
del s1
print("s1 dropped")
del s2
print("s2 dropped; singletons:", sorted(k.__name__ for k in c._singletons.keys()))
s3 = c.provide(Service)
print("created:", c.created)


class Broken:
    def __init__(self, thing):
        pass


c.register(Broken)
try:
    c.provide(Broken)
except LookupError as e:
    print("LookupError:", e)
try:
    c.provide(int)
except KeyError as e:
    print("KeyError:", e)

sig = inspect.signature(Service.__init__)
print(sig, [p.kind.name for p in sig.parameters.values()])
print(str(inspect.signature(Repo)), inspect.signature(lambda a, *b, c=1, **d: 0))
del s3
gc.collect()
print("end")
