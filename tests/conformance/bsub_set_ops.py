# set subclasses: operators return plain sets, in-place operators keep the
# subclass instance, repr names the subclass, methods and comparisons are a
# set's, and instances are weakly referenceable like sets.
import weakref

class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self

t = Tags(["a", "b"])
t.add_all("c", "d")
print(sorted(t), len(t), "a" in t, type(t).__name__)
print(repr(Tags()), repr(Tags([1])), str(Tags([2])))
u = t | {"z"}
print(type(u).__name__, sorted(u), type(t & {"a"}).__name__, type(t - {"a"}).__name__, type(t ^ {"a"}).__name__)
print(type({"a"} | t).__name__)
before = id(t)
t |= {"e"}
t -= {"a"}
print(type(t).__name__, id(t) == before, sorted(t))
print(t <= {"b", "c", "d", "e", "q"}, t == {"b", "c", "d", "e"}, t.issubset("bcdef"), t.isdisjoint({"x"}))
r = weakref.ref(t)
print(r() is t)
t.discard("b")
t.remove("c")
print(sorted(t), sorted(t.union([1]), key=str), type(t.copy()).__name__)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
t.clear()
print(t, bool(t))
