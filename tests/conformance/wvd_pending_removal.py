# While a WeakValueDictionary iterator is suspended (after its first next()),
# a value that dies is only queued for removal: the rest of the iteration skips
# it, and the entry is really gone once the iteration has finished.
# CPython: Lib/weakref.py WeakValueDictionary remove callback
#   (_pending_removals), _IterationGuard.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


a = Obj("a")
b = Obj("b")
c = Obj("c")
d = weakref.WeakValueDictionary()
d["a"] = a
d["b"] = b
d["c"] = c
it = iter(d.keys())
print("first key:", next(it))
del b
print("rest of iteration:", [k for k in it])
print("keys now:", list(d.keys()), "| len:", len(d))
try:
    d["b"]
except KeyError as e:
    print("d['b'] -> KeyError", e)
vals = iter(d.values())
print("first value:", next(vals).name)
del c
print("remaining values:", [v.name for v in vals])
print("items now:", [(k, v.name) for k, v in d.items()])
