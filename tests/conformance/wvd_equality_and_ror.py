# WeakValueDictionary equality comes from Mapping: it equals a plain dict with
# the same live items. dict | wvd and wvd | dict both give a new
# WeakValueDictionary; clear() empties it.
# CPython: Lib/weakref.py WeakValueDictionary.__or__/__ror__, Mapping.__eq__,
#   MutableMapping.clear.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


a = Obj("a")
b = Obj("b")
d = weakref.WeakValueDictionary({"a": a})
print("d == {'a': a}:", d == {"a": a}, "| d != {'a': b}:", d != {"a": b})
print("d == d.copy():", d == d.copy())
left = {"b": b} | d
right = d | {"b": b}
print("dict | wvd:", type(left).__name__, sorted(left.keys()))
print("wvd | dict:", type(right).__name__, sorted(right.keys()))
try:
    d | [1]
except TypeError as e:
    print("d | [1]:", e)
del b
print("after b died:", sorted(left.keys()), sorted(right.keys()))
d.clear()
print("after clear:", len(d), "| a alive:", a.name)
