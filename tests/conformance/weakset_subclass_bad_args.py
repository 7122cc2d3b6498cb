# Bad arguments reaching the weak containers through a subclass (the paths
# that call through self): non-iterables, non-mappings, with CPython's errors.
import weakref
class WS(weakref.WeakSet): pass
class O: pass
s = WS([O()])
for name in ("difference", "intersection", "union", "symmetric_difference", "update", "isdisjoint", "difference_update", "intersection_update", "symmetric_difference_update"):
    try:
        getattr(s, name)(1)
    except TypeError as e:
        print(name, "TypeError:", e)
for op in ("|", "-", "&", "^"):
    try:
        eval("s " + op + " 1")
    except TypeError as e:
        print(op, "TypeError:", e)
try:
    s |= 1
except TypeError as e:
    print("|= TypeError:", e)
class WV(weakref.WeakValueDictionary): pass
v = WV()
try:
    v | 1
except TypeError as e:
    print("WV | TypeError:", e)
try:
    v |= 1
except (TypeError, ValueError) as e:
    print("WV |= ", type(e).__name__, e)
print(type(v | {}).__name__, type({} | v).__name__)
try:
    WS(1)
except TypeError as e:
    print("WS(1) TypeError:", e)
try:
    WV([1])
except (TypeError, ValueError) as e:
    print("WV([1])", type(e).__name__, e)
