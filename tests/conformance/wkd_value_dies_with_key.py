# When a key dies its entry is removed from inside the key's weakref callback,
# which releases the value: on refcount death after the key's __del__; in a
# collection during the callback phase, before the key's __del__.
# CPython: Lib/weakref.py WeakKeyDictionary remove callback.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


d = weakref.WeakKeyDictionary()
k1 = Obj("key1")
d[k1] = Obj("value1")
print("del key1 (refcount)")
del k1
print("len:", len(d))
k2 = Obj("key2")
k2.me = k2
d[k2] = Obj("value2")
del k2
print("collect (key2 is in a cycle)")
gc.collect()
print("len:", len(d))
