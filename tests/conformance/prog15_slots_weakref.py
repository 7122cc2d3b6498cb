import weakref, gc

class Base:
    __slots__ = ("a",)
class WithWeak(Base):
    __slots__ = ("__weakref__",)
class Plain(Base):
    pass
class Deeper(WithWeak):
    __slots__ = ("b",)

for cls in (Base, WithWeak, Plain, Deeper):
    o = cls()
    try:
        r = weakref.ref(o)
        print(cls.__name__, "weakrefable", r() is o)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

try:
    class Dup(WithWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("Dup TypeError:", e)
try:
    class Dup2(Plain):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("Dup2 TypeError:", e)
try:
    class Twice:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("Twice TypeError:", e)
try:
    class DictTwice:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("DictTwice TypeError:", e)

class Both:
    __slots__ = ("__dict__", "__weakref__", "x")
b = Both()
b.x = 1; b.y = 2
print(b.__dict__, weakref.ref(b)() is b)
print("__weakref__ in Deeper slots chain:", hasattr(Deeper, "__weakref__"), Deeper.__weakref__.__objclass__.__name__)
d = Deeper()
d.a = 1; d.b = 2
r = weakref.ref(d, lambda r: print("Deeper died"))
print(d.__weakref__ is r)
try:
    d.c = 3
except AttributeError as e:
    print("AttributeError:", e)
del d
print("after del")

class Node:
    __slots__ = ("val", "next", "__weakref__")
    def __init__(self, val): self.val = val; self.next = None
    def __del__(self): print("Node del", self.val)
n1 = Node(1); n2 = Node(2)
n1.next = n2; n2.next = n1
wr = weakref.ref(n1)
del n1, n2
print("in cycle, alive:", wr() is not None)
gc.collect()
print("alive:", wr() is not None)
print(Node.__slots__, sorted(k for k in Node.__dict__ if not k.startswith("__") or k == "__weakref__"))
