# weakref.getweakrefs(o) lists the weakref list in CPython's layout: the basic
# ref, then the basic proxy, then every other ref/proxy (callback refs, callback
# proxies, ref subclass instances) newest first; a new basic ref goes back to
# the head (Objects/weakrefobject.c insert_head/insert_after).
# CPython: weakrefobject.c get_basic_refs, insert_head, insert_after.
import gc
import weakref

gc.disable()


class Obj:
    pass


class MyRef(weakref.ref):
    pass


def cb(r):
    pass


def labels(o, named):
    out = []
    for r in weakref.getweakrefs(o):
        for label in named:
            if named[label] is r:
                out.append(label)
    return out


o = Obj()
named = {}
named["proxy"] = weakref.proxy(o)
named["cb1"] = weakref.ref(o, cb)
named["ref"] = weakref.ref(o)
named["cb2"] = weakref.ref(o, cb)
named["sub"] = MyRef(o)
named["pcb"] = weakref.proxy(o, cb)
print("layout:", labels(o, named))
print("count:", weakref.getweakrefcount(o))
del named["ref"]
print("after dropping the basic ref:", labels(o, named))
named["ref2"] = weakref.ref(o)
print("new basic ref goes first:", labels(o, named))
print("dead refs are not counted:", weakref.getweakrefcount(Obj()))
