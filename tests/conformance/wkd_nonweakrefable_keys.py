# WeakKeyDictionary keys must be weakly referenceable: storing, reading, get()
# and pop() with an int key raise TypeError, but `1 in d` is simply False.
# A missing object key raises KeyError.
# CPython: Lib/weakref.py WeakKeyDictionary.__getitem__/__contains__/get.
import gc
import weakref

gc.disable()


class K:
    pass


def store():
    d[1] = "x"


d = weakref.WeakKeyDictionary()
for label, action in [("d[1] = 'x'", store),
                      ("d[1]", lambda: d[1]),
                      ("d.get(1)", lambda: d.get(1)),
                      ("d.pop(1)", lambda: d.pop(1))]:
    try:
        action()
    except TypeError as e:
        print(label, "->", e)
print("1 in d:", 1 in d)
k = K()
try:
    d[k]
except KeyError:
    print("missing object key -> KeyError")
print("get with default:", d.get(k, "dflt"))
d[k] = "v"
print("after store:", d[k], "| len:", len(d))
try:
    d.popitem()
    d.popitem()
except KeyError as e:
    print("second popitem:", e)
