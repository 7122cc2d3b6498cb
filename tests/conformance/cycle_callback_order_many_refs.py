# In a collection, callbacks run object by object in list order; for each
# object its weakref list from the head: the basic proxy's has no callback,
# a callback proxy and callback refs run newest first.
# CPython: gcmodule.c handle_weakrefs (pass 1 walks each weakref list head to
#   tail).
import gc
import weakref

gc.disable()
gc.collect()
log = []


def cb(label):
    def callback(r):
        log.append(label)
    return callback


class Obj:
    pass


a = Obj()
b = Obj()
a.peer = b
b.peer = a
keep = [
    weakref.ref(a, cb("a-1st")),
    weakref.ref(b, cb("b-1st")),
    weakref.ref(a, cb("a-2nd")),
    weakref.ref(b, cb("b-2nd")),
    weakref.proxy(a, cb("a-proxy-3rd")),
    weakref.proxy(b),
    weakref.ref(a),
]
del a, b
gc.collect()
print(log)
