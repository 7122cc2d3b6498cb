# The weak dictionaries' methods that Lib/weakref.py defines with no
# parameters (keys, values, items, popitem, copy, clear) reject extra
# arguments with the Python function's TypeError; popitem on an empty one
# raises KeyError.
import weakref

class K:
    pass

k = K()
for d in (weakref.WeakValueDictionary({1: k}), weakref.WeakKeyDictionary({k: 1})):
    name = type(d).__name__
    for meth in ("keys", "values", "items", "popitem", "copy", "clear"):
        try:
            getattr(d, meth)(None)
        except TypeError as e:
            print(name, meth, "TypeError:", e)
    print(name, len(d))
    d.clear()
    try:
        d.popitem()
    except KeyError as e:
        print(name, "KeyError", e)
