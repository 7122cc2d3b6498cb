import weakref, gc

class Registry:
    subclasses = weakref.WeakSet()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.add(cls)
        print("registered", cls.__name__, kw)

class A(Registry):
    pass

def make(name):
    return type(name, (Registry,), {})

B = make("B")
C = make("C")
print(sorted(c.__name__ for c in Registry.subclasses))
del B
gc.collect()
print(sorted(c.__name__ for c in Registry.subclasses))
print(sorted(c.__name__ for c in Registry.__subclasses__()))
try:
    class Bad(Registry, flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)
gc.collect()
print(sorted(c.__name__ for c in Registry.subclasses))
