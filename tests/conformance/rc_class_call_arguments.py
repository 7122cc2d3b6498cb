# Calling a class or an instance with __call__ goes through tp_call
# (_PyObject_MakeTpCall): the arguments sit in a tuple for the duration of
# the call, one more reference than a call of a plain function sees; a
# temporary argument still dies when the call is over.
import sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    def __init__(self, item, *, tag=None):
        print("__init__ sees", sys.getrefcount(item), "tag", sys.getrefcount(tag) if tag is not None else None)
        self.item = item
    def __call__(self, x):
        print("__call__ sees", sys.getrefcount(x))
        return x

class WithNew:
    def __new__(cls, x):
        print("__new__ sees", sys.getrefcount(x))
        return super().__new__(cls)
    def __init__(self, x):
        print("__init__ after __new__ sees", sys.getrefcount(x))

def plain(x):
    print("function sees", sys.getrefcount(x))

r = Res("r")
plain(r)
h = Holder(r)
h2 = Holder(r, tag=Res("tag"))
print("after Holder(tag=...)")
h(r)
h(Res("temp for __call__"))
print("after h(temp)")
Holder(Res("temp for __init__"))
print("after Holder(temp)")
WithNew(r)

class Meta(type):
    def __call__(cls, *args):
        print("metaclass __call__ sees", sys.getrefcount(args[0]))
        return super().__call__(*args)
class Managed(metaclass=Meta):
    def __init__(self, x):
        self.x = x
m = Managed(r)
print(sys.getrefcount(r))

class MyError(Exception):
    def __init__(self, obj):
        print("exception __init__ sees", sys.getrefcount(obj))
        super().__init__(obj)
try:
    raise MyError(r)
except MyError as e:
    print("caught", type(e.args[0]).__name__)
print("end", sys.getrefcount(r))
