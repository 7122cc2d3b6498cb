# `from weakref import ...` binds the same objects as weakref.NAME; KeyedRef
# can be built directly (ref subclass with a .key); ReferenceType/ProxyType/
# CallableProxyType are the types of refs and proxies.
# CPython: Lib/weakref.py (KeyedRef, re-exported _weakref names).
import gc
import weakref
from weakref import ref, proxy, WeakSet, KeyedRef, finalize

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name


def cb(r):
    print("KeyedRef callback, key =", r.key)


print("same objects:", ref is weakref.ref, proxy is weakref.proxy, WeakSet is weakref.WeakSet, finalize is weakref.finalize)
o = Obj("o")
k = KeyedRef(o, cb, "my-key")
print("KeyedRef:", k.key, k() is o, isinstance(k, ref), type(k).__name__)
print("type(ref(o)) is ReferenceType:", type(ref(o)) is weakref.ReferenceType)
print("type(proxy(o)) is ProxyType:", type(proxy(o)) is weakref.ProxyType)
print("type(proxy(cb)) is CallableProxyType:", type(proxy(cb)) is weakref.CallableProxyType)
print("a proxy is not a ref:", isinstance(proxy(o), ref))
ws = WeakSet([o])
print("WeakSet len:", len(ws))
del o
print("after del: len(ws) =", len(ws), "| k() is None:", k() is None)
