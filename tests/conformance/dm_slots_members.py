# __slots__ names become member descriptors in the class namespace: C.x is
# a member_descriptor, __get__/__set__/__delete__ work on it directly, an
# unset slot reads as AttributeError, and the slots die with the instance.
import gc
gc.disable()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Pair:
    __slots__ = ("first", "second")
    def __init__(self, a, b):
        self.first = a
        self.second = b

print(type(Pair.first).__name__, repr(Pair.first), Pair.first.__name__)
print([k for k in Pair.__dict__ if not k.startswith("__")] )
p = Pair(Noisy("a"), Noisy("b"))
print(Pair.first.__get__(p).name, Pair.second.__get__(p, Pair).name)
Pair.first.__set__(p, Noisy("c"))
print(p.first.name)
Pair.second.__delete__(p)
try:
    p.second
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.second
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.third = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Pair.first.__get__(42)
except TypeError as e:
    print("TypeError:", e)
print(getattr(p, "second", "unset"), hasattr(p, "first"))
del p
print("after del p")

class Base:
    __slots__ = ("x",)
class Child(Base):
    __slots__ = ("y",)
c = Child()
c.x, c.y = 1, 2
print(c.x, c.y, type(Child.x).__name__, Child.x is Base.x, "x" in Child.__dict__)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
