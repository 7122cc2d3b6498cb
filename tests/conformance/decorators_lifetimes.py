# Decorator lifetimes: a decorator object dies after it is applied unless
# the result keeps it; the undecorated function dies when the wrapper does
# not keep it; wrappers closing over the function keep it alive.
import weakref

class Deco:
    def __init__(self, name):
        self.name = name
    def __call__(self, f):
        print("apply", self.name)
        return f
    def __del__(self):
        print("del deco", self.name)

@Deco("first")
@Deco("second")
def f():
    pass
print("defined f")

originals = []
def replace(f):
    originals.append(weakref.ref(f))
    return lambda: "replacement"

@replace
def g():
    return "original"
print(g(), originals[0]())

def keep(f):
    def wrapper():
        return f()
    return wrapper
@keep
def h():
    return "kept"
ref = weakref.ref(h.__closure__[0].cell_contents)
print(h(), ref() is not None)
del h
print("after del", ref())

class Holder:
    def __init__(self, f):
        self.f = f
    def __del__(self):
        print("del holder of", self.f.__name__)
@Holder
def held():
    pass
print("held defined")
held = None
print("end")
