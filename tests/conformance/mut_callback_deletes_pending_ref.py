# When several weakrefs die together their callbacks were collected first, so a
# callback that deletes another (already cleared) weakref does not stop that
# weakref's callback from running.
# CPython: weakrefobject.c PyObject_ClearWeakRefs (tuple of (ref, callback)
#   pairs).
import gc
import weakref

gc.disable()
refs = {}


def cb(label):
    def callback(r):
        print("callback", label)
        if label == "third":
            print("  third deletes refs['first']")
            del refs["first"]
    return callback


class Obj:
    pass


o = Obj()
refs["first"] = weakref.ref(o, cb("first"))
refs["second"] = weakref.ref(o, cb("second"))
refs["third"] = weakref.ref(o, cb("third"))
del o
print("left:", sorted(refs.keys()))
