# weakref.ref subclasses: the instance __dict__ (a real dict made at the first
# attribute: vars(), __dict__.update, assignment, del), __slots__ kept apart
# with no dict, KeyedRef, and what the attributes keep alive.
# weakref.ref subclasses with attributes: __dict__, vars(), the dict's lifetime
import weakref, gc, sys

class Target:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Target({self.name})"

class TaggedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **tags):
        super().__init__(ob, callback)
        self.__dict__.update(tags)
        self.hits = 0
    def __call__(self):
        self.hits += 1
        return super().__call__()

class Payload:
    def __init__(self, n): self.n = n
    def __del__(self): print("del Payload", self.n)

t = Target("t")
r = TaggedRef(t, None, kind="primary", payload=Payload(1))
print(r() is t, r.hits, r.kind, sorted(vars(r)), type(r.__dict__).__name__)
print(r.__dict__ is r.__dict__, "hits" in r.__dict__)
del r.kind
try:
    r.kind
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.missing
except AttributeError as e:
    print("AttributeError:", e)
r.__dict__ = {"fresh": 1, "hits": 0}
print(vars(r))
try:
    r.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
r2 = TaggedRef(t, lambda ref: print("callback with", sorted(vars(ref))), payload=Payload(2))
print(weakref.getweakrefcount(t))
del t
print("t gone", r(), r2())
r2.cycle = r2
del r2
print("collected", gc.collect())
class NoDict(weakref.ref):
    __slots__ = ("extra",)
nd = NoDict(Target("x"))
try:
    nd.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    nd.other = 1
except AttributeError as e:
    print("AttributeError:", e)
k = weakref.KeyedRef(Target("y"), None, "key1")
print(k.key)
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print("end")
import weakref, gc
class T: pass
class S(weakref.ref):
    __slots__ = ("a", "b")
class P:
    def __del__(self): print("del P")
t = T()
s = S(t)
s.a = P(); s.b = s
print(type(s.a).__name__, hasattr(s, "__dict__"))
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
s.a = P()
del s
print("slots collected", gc.collect())
