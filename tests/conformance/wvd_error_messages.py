# WeakValueDictionary error messages: a non-weakrefable value (TypeError),
# popitem() on an empty dict, pop() and del of a missing key (KeyError with
# the key), setdefault() whose default is None.
# CPython: Lib/weakref.py
#   WeakValueDictionary.__setitem__/popitem/pop/setdefault.
import gc
import weakref

gc.disable()


class Obj:
    pass


d = weakref.WeakValueDictionary()
try:
    d["n"] = 5
except TypeError as e:
    print("d['n'] = 5:", e)
try:
    d.popitem()
except KeyError as e:
    print("popitem():", e)
try:
    d.pop("nope")
except KeyError as e:
    print("pop('nope'):", e)
print("pop with default:", d.pop("nope", "default"))
try:
    del d["gone"]
except KeyError as e:
    print("del d['gone']:", e)
try:
    d.setdefault("k")
except TypeError as e:
    print("setdefault('k'):", e)
try:
    weakref.WeakValueDictionary({"x": [1]})
except TypeError as e:
    print("constructor:", e)
print("len:", len(d))
