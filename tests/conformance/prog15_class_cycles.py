import gc, weakref

class Meta(type):
    def __del__(cls):
        print("Meta.__del__", cls.__name__)

def make(n):
    class Local(metaclass=Meta):
        def method(self): return n
    return Local

K = make(1)
r = weakref.ref(K, lambda r: print("class weakref cb"))
print(K().method(), K.__name__, type(K).__name__)
del K
print("class dropped; alive:", r() is not None)
gc.collect()
print("after collect; alive:", r() is not None)

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(weakref.ref(cls))
        return cls

class A(metaclass=Registry): pass
class B(A): pass
def tmp():
    class C(B): pass
    return C
tmp()
print([w().__name__ for w in Registry.classes if w() is not None])
gc.collect()
print([w().__name__ for w in Registry.classes if w() is not None])
print(len(B.__subclasses__()))

class WithDel:
    def __del__(self):
        print("instance del of", type(self).__name__)
def maker():
    T = type("T", (WithDel,), {"x": 1})
    return T()
obj = maker()
del obj
print("instance gone, type lingering")
gc.collect()
print("end")
