# Which calls share an existing weakref: ref(o) and ref(o, None) return the one
# basic ref, proxy(o) the one basic proxy; a callback, or a ref subclass,
# always makes a new object.
# CPython: weakrefobject.c weakref___new__ / PyWeakref_NewProxy (basic ref/proxy
#   reuse).
import gc
import weakref

gc.disable()


class Obj:
    pass


class MyRef(weakref.ref):
    pass


def cb(r):
    pass


o = Obj()
print("ref(o) is ref(o):", weakref.ref(o) is weakref.ref(o))
print("ref(o, None) is ref(o):", weakref.ref(o, None) is weakref.ref(o))
print("ref(o, cb) is ref(o, cb):", weakref.ref(o, cb) is weakref.ref(o, cb))
print("proxy(o) is proxy(o):", weakref.proxy(o) is weakref.proxy(o))
print("proxy(o, cb) is proxy(o, cb):", weakref.proxy(o, cb) is weakref.proxy(o, cb))
m = MyRef(o)
print("MyRef(o) is ref(o):", m is weakref.ref(o), "| type:", type(m).__name__)
print("MyRef is a ref:", isinstance(m, weakref.ref), "| m() is o:", m() is o)
m.label = "subclass instances have a __dict__"
print(m.label)
print("weakref.ref is ReferenceType:", weakref.ref is weakref.ReferenceType)
print("ProxyTypes:", [t.__name__ for t in weakref.ProxyTypes])
print("count:", weakref.getweakrefcount(o))
