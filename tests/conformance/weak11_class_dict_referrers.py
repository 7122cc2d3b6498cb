# gc.get_referrers(value) of a class attribute finds the class's namespace
# dict (tp_dict, what A.__dict__ is a proxy of), a real dict with the
# class's names; gc.get_referents(A) lists it first.
import gc
import sys


def dicts(objs):
    return [sorted(k for k in o if not k.startswith('__')) for o in objs if type(o) is dict]


class A:
    x = [1]
    y = 'text'

    def m(self):
        pass


print(dicts(gc.get_referrers(A.x)))
print(dicts(gc.get_referrers(A.__dict__['m'])))
ns = [o for o in gc.get_referents(A) if type(o) is dict][0]
print(sorted(ns), ns['y'], ns['x'] is A.x)
print(ns == dict(A.__dict__), len(ns) == len(A.__dict__))
print(gc.is_tracked(ns))

# The dict follows the class's changes.
before = sys.getrefcount(A.x)
A.z = [2]
del A.y
A.x = [3]
print(sorted(k for k in ns if not k.startswith('__')), ns['x'], ns['z'])
print(dicts(gc.get_referrers(A.z)))
print(sys.getrefcount(A.x) == before)

# A function's __globals__, a closure cell, a bound method.
def outer():
    v = {'k': 1}
    def inner():
        return v
    return inner, v


f, v = outer()
cell = f.__closure__[0]
print(sorted(type(r).__name__ for r in gc.get_referrers(v)))
print(sorted(type(r).__name__ for r in gc.get_referrers(cell)))
print([type(r).__name__ for r in gc.get_referents(f)][:3])
a = A()
bm = a.m
print([type(r).__name__ for r in gc.get_referents(bm)])


# A class that dies in a cycle after its dict was seen.
class B:
    items = [object()]


B.me = B
seen = [o for o in gc.get_referrers(B.items) if type(o) is dict]
print(len(seen), sorted(k for k in seen[0] if not k.startswith('__')))
import weakref
gone = weakref.ref(B)
del seen
del B
gc.collect()
print("collected", gone() is None)
print("end")
