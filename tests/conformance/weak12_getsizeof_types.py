# sys.getsizeof of builtin objects whose size is fixed by their C type's
# layout (tp_basicsize plus the GC header), of class statements' subclasses
# of them, and of bytearrays as their buffer grows and shrinks.
import collections
import functools
import itertools
import operator
import sys


def show(label, obj):
    print(label, sys.getsizeof(obj))


show("set iterator", iter({1, 2}))
show("frozenset iterator", iter(frozenset()))
show("enumerate", enumerate("ab"))
show("zip", zip([1], [2], [3]))
show("map", map(abs, [1]))
show("filter", filter(None, [1]))
show("reversed", reversed("ab"))
show("list reverse iterator", reversed([1, 2]))
show("callable iterator", iter(int, 1))
show("property", property())
show("staticmethod", staticmethod(len))
show("classmethod", classmethod(len))
show("memoryview", memoryview(b"abc"))
show("count", itertools.count())
show("cycle", itertools.cycle("ab"))
show("zip_longest", itertools.zip_longest("a", "b"))
show("permutations", itertools.permutations(range(4), 2))
show("combinations", itertools.combinations(range(5), 3))
show("combinations_with_replacement", itertools.combinations_with_replacement("ab", 3))
show("product", itertools.product("ab", "cd", "ef"))
show("product repeat", itertools.product("ab", repeat=4))
show("itemgetter", operator.itemgetter(1, 2))
show("attrgetter", operator.attrgetter("x"))
show("methodcaller", operator.methodcaller("f", 1))
show("partial", functools.partial(len))
show("lru_cache", functools.lru_cache(maxsize=None)(len))

for exc in (Exception(), ValueError("x"), KeyError(1), StopIteration(3), OSError(2, "no"),
            SyntaxError("bad"), ImportError("m"), NameError("n"), AttributeError("a"),
            SystemExit(1), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid"),
            ExceptionGroup("eg", [ValueError()])):
    show(type(exc).__name__, exc)


class AppError(Exception):
    pass


class Slotted(LookupError):
    __slots__ = ("code",)


class Counted(enumerate):
    pass


class Tight(zip):
    __slots__ = ()


show("AppError", AppError("boom"))
show("Slotted", Slotted())
show("Counted", Counted("abc"))
show("Tight", Tight())

Point = collections.namedtuple("Point", "x y")
show("Point", Point(1, 2))
show("Point3", collections.namedtuple("Point3", "x y z")(1, 2, 3))


class Labelled(Point):
    pass


show("Labelled", Labelled(1, 2))


class Pair(tuple):
    pass


show("Pair", Pair((1, 2)))

sizes = []
buf = bytearray()
for i in range(20):
    buf.append(i)
    sizes.append(sys.getsizeof(buf))
print("appends", sizes)
sizes = []
buf = bytearray()
for i in range(6):
    buf += b"abc"
    sizes.append(sys.getsizeof(buf))
print("+=", sizes)
buf = bytearray(b"abcdefghij")
sizes = [sys.getsizeof(buf)]
buf.pop()
sizes.append(sys.getsizeof(buf))
del buf[5:]
sizes.append(sys.getsizeof(buf))
buf.clear()
sizes.append(sys.getsizeof(buf))
buf.append(1)
sizes.append(sys.getsizeof(buf))
print("shrinking", sizes)
buf = bytearray(b"abcdef")
del buf[0]
sizes = [sys.getsizeof(buf)]
buf.append(1)
sizes.append(sys.getsizeof(buf))
buf[1:3] = b"wxyz"
sizes.append(sys.getsizeof(buf))
buf *= 2
sizes.append(sys.getsizeof(buf))
buf.extend(range(10))
sizes.append(sys.getsizeof(buf))
print("edits", sizes)
print("made", [sys.getsizeof(b) for b in (bytearray(), bytearray(0), bytearray(4), bytearray(range(10)),
                                       bytearray([1, 2, 3]), bytearray(iter(b"abc")), bytearray("hi", "ascii"),
                                       bytearray(b"ab") * 3, bytearray(b"abcd")[1:3])])


class Buffer(bytearray):
    pass


print("Buffer", sys.getsizeof(Buffer()), sys.getsizeof(Buffer(b"xyz")))
