import gc, weakref

class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.me = cls
        return cls

class Base(metaclass=Meta):
    pass

def make(n):
    class Sub(Base):
        def __del__(self):
            print("instance del", n)
    Sub.__name__ = "Sub%d" % n
    return Sub

classes = [make(i) for i in range(3)]
insts = [c() for c in classes]
refs = [weakref.ref(c, lambda r, i=i: print("class gone", i)) for i, c in enumerate(classes)]
print(sorted(c.__name__ for c in Base.__subclasses__()))
del insts[1]
del classes[1]
gc.collect()
print(sorted(c.__name__ for c in Base.__subclasses__()))
print([r() is None for r in refs])
insts.clear(); classes.clear()
gc.collect()
print(Base.__subclasses__())
print(type(Base).__name__, type(Meta).__name__)
