# A class's attributes are held by its namespace dict (tp_dict): the
# collector reaches a class attribute through a dict, not through the class
# itself; the class's own referents are that dict, its __bases__ and
# __mro__ tuples and its base class. Seen through gc.get_referrers and
# gc.get_referents.
# CPython: Objects/typeobject.c type_traverse, Objects/dictobject.c dict_traverse.
import gc
class T: pass
t = T()
class C:
    attr = t
    def method(self): pass
rs = gc.get_referrers(t)
print(sorted(type(r).__name__ for r in rs))
print(any(r is C for r in rs))
print(sorted(type(x).__name__ for x in gc.get_referents(C)))
class D(C):
    other = [t]
print(sorted(type(x).__name__ for x in gc.get_referents(D)))
lst = D.other
print(sorted(type(r).__name__ for r in gc.get_referrers(lst)))
# the class and its namespace still die together in a cycle
import weakref
w = weakref.ref(D)
del D, lst
print(w() is not None)
gc.collect()
print(w())
