# Sorting with keys (itemgetter on several fields, negated keys, reverse,
# attrgetter on namedtuples, str.lower, stability) and its TypeErrors; then
# repr of everything a program prints: constants, builtins, floats, strings
# with escapes, nested and recursive containers, methods, views, bytes,
# complex.
from operator import itemgetter, attrgetter
from collections import namedtuple
people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY")]
print(sorted(people, key=itemgetter(1, 0)))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=itemgetter(2), reverse=True))
P = namedtuple("P", "name age")
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("age")), min(ps, key=attrgetter("age")), max(ps))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
l = [3, 1, 2]; l.sort(reverse=True); print(l, sorted("hello"), sorted({3: 'a', 1: 'b'}), sorted([1.5, 1, True, 0.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
stable = sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=itemgetter(0)); print(stable)
print(repr(None), repr(...), repr(NotImplemented), repr(int), repr(len), repr(print), repr(object()).startswith("<object object at"))
print(repr(1.0), repr(1e100), repr(-0.0), repr(float('nan')), repr(1/3), repr(2**64), repr(True), repr('a\nb\tc\x00\u1234\U0001F600'))
print(repr([1, [2, (3,)], {4: {5}}]), repr((1,)), repr(()), repr(set()), repr({}), repr(frozenset({1})), repr(range(0, 10, 2)), repr(slice(1, None)))
class A: pass
class B:
    def __repr__(self): return "B()"
print(repr(A).startswith("<class '__main__.A'>"), repr(B()), str(B()), [B()], f"{B()!r}", "%r" % B())
print(repr(type), repr(type(None)), repr(dict.keys), repr({}.keys()), repr({1: 2}.items()), repr(iter([])).split(" at")[0], repr(zip).split(" at")[0])
print(repr(str.upper), repr("a".upper).split(" at")[0], repr(list.append), repr([].append).split(" at")[0], repr(staticmethod).split(" at")[0])
x = [1]; x.append(x); print(x, repr({'k': x}))
d = {}; d['self'] = d; print(d)
print(repr(b'\x80abc'), repr(bytearray(b'x')), repr(memoryview(b'')).split(" at")[0], repr(1+2j), repr(-1j), repr(complex(1, -0.0)))
print(str(1.0), str(1e16), str(1.5e-7), str(123456789.123456789), 1e22, 1e21, 12345678901234567890.0, 0.1 * 3, 100.0, 1.23e-4)
