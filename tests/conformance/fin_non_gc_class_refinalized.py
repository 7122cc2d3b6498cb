# _testcapi.without_gc(cls): instances of a heap type without the GC flag
# are never tracked and the collector never sees them; since the
# "finalized" bit lives in the GC header, __del__ runs again at each death
# of a resurrected instance (a GC instance's runs once). Also
# _testcapi.create_cfunction(): a fresh, weakly referenceable builtin
# function at each call.
import gc
import weakref
from _testcapi import without_gc, create_cfunction

survivors = []
calls = []

@without_gc
class NonGC:
    __slots__ = ()
    def __del__(self):
        calls.append("NonGC")

@without_gc
class NonGCResurrector:
    __slots__ = ()
    def __del__(self):
        calls.append("NonGCResurrector")
        survivors.append(self)

class GCResurrector:
    def __del__(self):
        calls.append("GCResurrector")
        survivors.append(self)

s = NonGC()
print(gc.is_tracked(s), gc.is_tracked(GCResurrector()))
del s
print(calls)
calls.clear()

r = NonGCResurrector()
del r
print(calls, len(survivors))
survivors.clear()
print(calls, len(survivors))
survivors.clear()
gc.collect()
print(calls, len(survivors))

calls.clear()
g = GCResurrector()
del g
survivors.clear()
print(calls, len(survivors))

class Later(NonGC):
    pass
print(gc.is_tracked(Later()))
try:
    without_gc(int)
except TypeError as e:
    print("TypeError:", e)

f = create_cfunction()
wr = weakref.ref(f, lambda ref: print("cfunction died"))
print(wr() is f, f is not create_cfunction(), type(f).__name__, f.__name__)
del f
print(wr())
