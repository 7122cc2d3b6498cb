# The weak containers are instances of Python classes in CPython
# (Lib/_weakrefset.py, Lib/weakref.py): they carry an instance __dict__
# holding what __init__ assigned (data, _remove, _pending_removals,
# _iterating) and whatever a program sets on them. Attribute values die with
# the container, after its weakrefs are cleared, in key order.
import gc
import weakref

gc.disable()


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


class Item:
    pass


items = [Item() for _ in range(3)]
s = weakref.WeakSet(items)
s.label = Tag("label")
s.extra = Tag("extra")
print(list(vars(s)))
print(s.__dict__ is vars(s), type(vars(s)).__name__, isinstance(vars(s), dict))
print(s.label.name, getattr(s, "extra").name, hasattr(s, "missing"))
print(len(s), s.data is vars(s)["data"])
del s.label
print(list(vars(s)))
try:
    del s.label
except AttributeError as e:
    print("AttributeError", e)
try:
    s.nothing
except AttributeError as e:
    print("AttributeError", e)
s.add = "shadows the method"
print(s.add, list(vars(s))[-1])
del s.add
s.add(items[0])
print(len(s))
vars(s)["via_dict"] = Tag("via_dict")
print(s.via_dict.name)
print(sorted(k for k in s.__getstate__()))
print("dropping the set")
r = weakref.ref(s)
del s
print("gone:", r() is None)

d = weakref.WeakValueDictionary({"a": items[0]})
d.note = Tag("wvd note")
print(list(vars(d)))
k = weakref.WeakKeyDictionary({items[1]: 1})
k.note = Tag("wkd note")
print(list(vars(k)))
print(d.note.name, k.note.name, len(d), len(k))
del d
print("after wvd")
del k
print("after wkd")
