# id() is the object's address, and CPython reuses the memory of a dead
# object for the next object of its size: two temporaries made one after
# the other share an id, a new object may take a dead one's id, live
# objects never share one. gclab keeps a last-in-first-out pool of the
# addresses dead objects leave, per kind of object.
import weakref


class A:
    pass


class B:
    pass


print(id(A()) == id(A()), id([]) == id([]), id({}) == id({}), id(A()) == id(B()))
a = A()
ida = id(a)
del a
b = B()
print("new object at the dead one's address:", id(b) == ida)
x, y = A(), A()
print("live objects differ:", id(x) != id(y), x is not y)
ids = set()
for i in range(6):
    o = A()
    ids.add(id(o))
print("distinct ids while rebinding a name:", len(ids))
objs = [A() for _ in range(3)]
first = id(objs[0])
del objs
new = [A() for _ in range(3)]
print("reused by a later list:", first in [id(o) for o in new])
f = A()
r = weakref.ref(f)
idf = id(f)
del f
print(r() is None, id(A()) == idf)
l1 = [1, 2]
idl = id(l1)
l1 = [3, 4]
print("rebinding keeps the old list alive until after the new one exists:", id(l1) == idl)
idl2 = id(l1)
l1 = None
l2 = [5]
print("the last list freed is the first reused:", id(l2) == idl2, id(l2) == idl)


class Registry:
    def __init__(self):
        self.by_id = {}

    def add(self, obj):
        self.by_id[id(obj)] = type(obj).__name__


reg = Registry()
reg.add(A())
reg.add(B())
print("ids of temporaries collide:", len(reg.by_id), sorted(reg.by_id.values()))
