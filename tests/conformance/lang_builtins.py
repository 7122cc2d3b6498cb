# Builtins on plain values: len, int, str, bool, repr, type, isinstance,
# issubclass, list/tuple/dict/set constructors, sum/any/all with edge cases,
# getattr/setattr/hasattr/delattr with defaults, range, iter/next.
# CPython: Python/bltinmodule.c.
class Thing:
    color = "red"


print("len:", len("abc"), len([1, 2]), len({"a": 1}), len((1, 2, 3)), len(set([1, 1, 2])), len(range(5)))
print("int:", int("42"), int("-7"), int(True), int(" 8 "), int(3))
print("str:", str(42), str(None), str(True), str([None]))
print("bool:", bool(0), bool(-1), bool("0"), bool([0]))
print("type:", type(1).__name__, type("").__name__, type([]).__name__, type({}).__name__, type(()).__name__, type(None).__name__, type(True).__name__, type(len).__name__)
print("isinstance(True, int):", isinstance(True, int), "| issubclass(bool, int):", issubclass(bool, int))
print("constructors:", list("ab"), tuple([1, 2]), dict(a=1, b=2), dict([("k", "v")]), sorted(set("aab")))
print("list(dict) gives keys:", list({"x": 1, "y": 2}), "| tuple(range(3)):", tuple(range(3)))
print("sum:", sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)))
print("any/all of empty:", any([]), all([]), "| mixed:", any([0, "", 3]), all([1, "x", []]))
print("min/max:", min([3, 1, 2]), max("hello"), min("b", "a", "c"))
t = Thing()
print("getattr:", getattr(t, "color"), getattr(t, "size", "no size"))
setattr(t, "size", 3)
print("after setattr:", t.size, hasattr(t, "size"), "| hasattr missing:", hasattr(t, "weight"))
delattr(t, "size")
print("after delattr:", hasattr(t, "size"), "| class attribute still there:", hasattr(t, "color"))
it = iter(["x", "y"])
print("iter/next:", next(it), next(it), next(it, "end"))
print("iter of dict gives keys:", next(iter({"first": 1})))
print("repr:", repr(3), repr("s"), repr([1, "s"]), repr(None))
print("object():", type(object()).__name__, "| id(x) == id(x):", id(t) == id(t))
print("range:", list(range(3)), list(range(1, 7, 2)), range(3) == range(0, 3))
