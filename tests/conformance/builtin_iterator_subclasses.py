# Classes deriving from enumerate, zip, map, filter and reversed: their
# __new__ gets every argument, a subclass's own __init__ may take keywords,
# instances have a __dict__ and weak references (the builtins have
# neither), and the iterator releases its sources when it dies.
import gc
import weakref

class Numbered(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
print(list(Numbered("ab", 1)), Numbered.__mro__)

class Pairs(zip):
    pass
p = Pairs([1, 2], "ab")
p.label = "pairs"
print(p.label, p.__dict__, list(p), isinstance(p, zip), issubclass(Pairs, zip), Pairs.__base__)

class Loud(map):
    def __init__(self, fn, *its, tag="t"):
        print("init", fn.__name__, len(its), tag)
m = Loud(str, [1, 2], tag="x")
print(list(m))

class Evens(filter):
    def __new__(cls, it):
        return super().__new__(cls, lambda x: x % 2 == 0, it)
print(list(Evens(range(7))))

class Back(reversed):
    pass
print(list(Back("abc")), type(Back("ab")).__name__, type(Back([1])).__name__)

class Slotted(enumerate):
    __slots__ = ()
try:
    Slotted("a").x = 1
except AttributeError as exc:
    print(exc)

for t in (zip(), enumerate([]), map(str, []), filter(None, []), reversed((1,))):
    try:
        weakref.ref(t)
    except TypeError as exc:
        print(exc)
    try:
        t.attr = 1
    except AttributeError as exc:
        print(exc)

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.disable()
z = Pairs([Item("a")], [Item("b")])
r = weakref.ref(z)
print("made")
del z
print("dead:", r() is None)

items = (Item("x"), Item("y"))
it = Back(items)
del items
print(next(it).name)
print(next(it).name)
print("exhausting")
print(next(it, "end"))
print("after end")

class Cyclic(map):
    pass
c = Cyclic(str, [Item("c")])
c.me = c
del c
print("collect", gc.collect() > 0)
