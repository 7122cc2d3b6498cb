# enumerate, zip, map, filter and reversed are types (not functions) as in
# CPython: type(), isinstance, their names and modules, the type of
# reversed() for each kind of argument, __length_hint__, __reduce__, and
# the exact TypeErrors of bad arguments.
import operator

for t in (enumerate, zip, map, filter, reversed):
    print(t.__name__, t.__module__, type(t) is type, isinstance(t, type))
print(isinstance(zip([1], [2]), zip), type(map(str, [])) is map, type(filter(None, [])) is filter)
print(isinstance(enumerate([]), enumerate), type(reversed((1, 2))) is reversed)
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed("ab")).__name__)
print(type(reversed(range(3))).__name__, type(reversed({1: 2})).__name__, type(reversed({1: 2}.items())).__name__)
print(list(reversed("abc")), list(reversed((1, 2, 3))), list(reversed(range(4))))
print(list(reversed({1: 'a', 2: 'b'}.values())), list(reversed({1: 'a', 2: 'b'}.items())))
r = reversed((1, 2, 3))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
lr = reversed([1, 2, 3])
print(lr.__length_hint__(), next(lr), lr.__length_hint__())
print(operator.length_hint(reversed("abcd")))
r = reversed((1, 2))
print(r.__reduce__()[0] is reversed, r.__reduce__()[1], r.__reduce__()[2])
list(r)
print(r.__reduce__())
e = enumerate("xy", 5)
next(e)
red = e.__reduce__()
print(red[0] is enumerate, red[1][1])
print(zip().__reduce__(), zip("a", strict=True).__reduce__()[2])
print(map(abs, [1]).__reduce__()[1][0] is abs, filter(None, [1]).__reduce__()[1][0])
print(list(enumerate("ab", start=True)), list(enumerate("ab", 2**70)))
print(enumerate[int], list(zip("ab", [1, 2], strict=1)))
print(list(zip.__new__(zip, [1])), list(map.__new__(map, str, [1, 2])))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 1:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())))

bad = [
    "zip(a=1)", "zip([1], x=2)", "map(str)", "map()", "map(str, [1], k=1)", "filter(None, [], k=1)",
    "filter()", "filter(1, 2, 3)", "reversed()", "reversed([], k=1)", "reversed(1, 2)", "enumerate()",
    "enumerate([], 1, 2)", "enumerate([], start='a')", "enumerate(x=1)", "enumerate([], foo=1)",
    "enumerate(start=1)", "reversed({1})", "reversed(iter([]))", "list(filter(1, [1]))", "list(map(1, [1]))",
    "enumerate(1)", "zip(1)", "zip.__new__(int)", "len(zip())", "zip()[0]", "reversed(None)", "enumerate('ab', 2.0)",
    "list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))", "list(zip([1], [1], [], strict=True))",
    "reversed.__reversed__", "zip.__class_getitem__",
]
for src in bad:
    try:
        eval(src)
        print(src, "ok")
    except Exception as exc:
        print(src, "->", type(exc).__name__, exc)

class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as exc:
    print(exc)

class OnlyLen:
    def __len__(self):
        return 2
class OnlyGet:
    def __getitem__(self, i):
        return i
class NegLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
for obj in (OnlyLen(), OnlyGet(), NegLen()):
    try:
        reversed(obj)
    except Exception as exc:
        print(type(obj).__name__, type(exc).__name__, exc)
