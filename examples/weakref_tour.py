# A tour of the weakref module in one scenario (docs/weakref.md shows it).
import gc, weakref
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name

a = Node("a")
r = weakref.ref(a, lambda ref: print("callback: a died"))
p = weakref.proxy(a)
cache = weakref.WeakValueDictionary(a=a)
keys = weakref.WeakKeyDictionary({a: "meta"})
members = weakref.WeakSet([a])
weakref.finalize(a, print, "finalize: a is gone")
print(r() is a, p.name, list(cache), len(keys), len(members))
del a          # refcount death: finalize and the callback, newest first
print(r(), list(cache), len(keys), len(members))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
