# When a key is rebound to a new value, the death of the OLD value must not
# remove the new entry (the removal only deletes a dead entry, issue #28427).
# CPython: _weakref.c _remove_dead_weakref.
import gc
import weakref

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


d = weakref.WeakValueDictionary()
old = Obj("old")
d["k"] = old
old_ref = d.valuerefs()[0]
new = Obj("new")
d["k"] = new
print("k ->", d["k"].name, "| old KeyedRef key:", old_ref.key)
del old
print("after old died: k ->", d["k"].name, "| len:", len(d))
print("old_ref() is None:", old_ref() is None)
del new
print("after new died: 'k' in d:", "k" in d, "| len:", len(d))
