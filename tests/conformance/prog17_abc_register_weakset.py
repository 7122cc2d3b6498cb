import abc, gc, weakref

class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

def make(n):
    class Impl:
        def run(self):
            return n
    return Impl

impls = [make(i) for i in range(3)]
for c in impls:
    Plugin.register(c)
print([issubclass(c, Plugin) for c in impls])
refs = [weakref.ref(c) for c in impls]
del c
del impls[0]
gc.collect()
print([r() is None for r in refs])
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
impls.clear()
gc.collect()
print([r() is None for r in refs])
