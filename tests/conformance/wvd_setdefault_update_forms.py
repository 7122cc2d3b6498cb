# WeakValueDictionary.setdefault keeps an existing live value and returns it;
# after that value died (refcount death removed the entry) it stores the new
# default. update() accepts a mapping, a list of pairs or another
# WeakValueDictionary; get() of a missing key returns None.
# CPython: Lib/weakref.py
#   WeakValueDictionary.setdefault/update/valuerefs/itervaluerefs.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


a = Obj("a")
b = Obj("b")
d = weakref.WeakValueDictionary()
print("setdefault new:", d.setdefault("k", a).name)
print("setdefault existing:", d.setdefault("k", b).name)
del a
print("after a died, 'k' in d:", "k" in d)
print("setdefault stores b:", d.setdefault("k", b).name, "| len:", len(d))
c = Obj("c")
e = Obj("e")
other = weakref.WeakValueDictionary({"o": e})
d.update([("c", c)])
d.update(other)
print("after updates:", sorted([(k, d[k].name) for k in d]))
print("get missing:", d.get("zzz"))
print("valuerefs keys:", sorted([r.key for r in d.valuerefs()]))
print("itervaluerefs all alive:", all([r() is not None for r in d.itervaluerefs()]))
del c, e
print("after c and e died:", sorted(d.keys()), "| other:", len(other))
