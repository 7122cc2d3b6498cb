# Lifetimes around with: the manager lives as long as its bound __exit__
# (released after __exit__ returns), a swallowed exception and its
# traceback (and the frame locals it keeps) die when the block ends, a
# re-raised one keeps them alive until its handler ends.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class CM:
    def __init__(self, name, swallow):
        self.res = Obj(name)
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return None
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None)
        return self.swallow

print("-- temporary manager")
with CM("m1", False):
    print("in body")
print("after block")

def raiser():
    local = Obj("frame local")
    raise ValueError("x")

print("-- swallowed")
with CM("m2", True):
    raiser()
print("after swallowed block")

print("-- re-raised")
try:
    with CM("m3", False):
        raiser()
except ValueError:
    print("in handler")
print("after handler")

print("-- kept manager")
m = CM("m4", False)
with m:
    pass
print("manager still alive")
del m

class ReturnsSelf(Obj):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.name)
print("-- as target keeps it")
with ReturnsSelf("target") as t:
    pass
print("block done")
t = None
print("end")
