# Exact TypeError/AttributeError messages for misuse of weakref.ref:
# bad argument counts, keyword arguments, calling with arguments, assigning
# __callback__, and weak references to weak references.
# CPython: weakrefobject.c weakref___new__/weakref_call, _weakref.c
#   getweakrefcount.
import gc
import weakref

gc.disable()


class Obj:
    pass


def cb(r):
    pass


o = Obj()
r = weakref.ref(o, cb)
p = weakref.proxy(o)
attempts = [
    lambda: weakref.ref(),
    lambda: weakref.ref(o, cb, 3),
    lambda: weakref.ref(o, callback=None),
    lambda: r(1),
    lambda: weakref.ref(r),
    lambda: weakref.ref(p),
    lambda: weakref.proxy(1),
    lambda: weakref.getweakrefcount(),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
try:
    r.__callback__ = cb
except AttributeError as e:
    print("AttributeError:", e)
print("getweakrefcount(1):", weakref.getweakrefcount(1), "| getweakrefs(1):", weakref.getweakrefs(1))
