# Everyday builtins: sorting dict items by value, dict views as sets,
# zip(strict=True) and its ValueError, map over two iterables, min/max with
# default and key, int/float parsing and its ValueError, bool/int relations,
# ranges, rounding, chr/ord/hex/bin, hashes, str slicing, a recursive
# flatten generator, zip(*matrix), star unpacking, dir([]) (no __bool__ on
# containers), globals/eval/exec/compile, slice.indices.
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get), min(d.values()), d.keys() & {"a", "z"}, sorted(d.keys() - {"a"}), d.items() | {("z", 0)} >= {("a", 3)})
print(list(zip("ab", [1, 2], strict=True)), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(enumerate("xy", start=1)))
try:
    list(zip("abc", [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(any(x > 2 for x in [1, 3]), all([]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=10), round(sum([1.1, 2.2]), 2))
print(min([], default="empty"), max([3, 1], default=0), max("apple", "fig", key=len), min((2, "b"), (2, "a")))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
print(int("  12  "), int("-0x1f", 16), int("1_000"), float(" 2.5e3 "), str(b"x"), bytes("é", "utf-8"), divmod(-7, -2), -7 // 2, -7 % -2)
try:
    int("12a")
except ValueError as e:
    print("ValueError", e)
print(isinstance(True, int), type(True) is bool, True + True, issubclass(bool, int), bool("0"), bool(0.0), bool([0]), None is None)
print(list(reversed(range(5))), list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], 3 in range(0, 10, 3), len(range(1, 10, 4)))
print(abs(-2.5), pow(2, 10, 1000), pow(-8, 1/3) if False else "skip", round(-2.5), round(7.5), format(0.1, ".17f"), 10 / 4, 10 // 4, 2 ** -1)
print(chr(65), ord("a"), hex(-1), bin(5)[2:].zfill(8), oct(64), int("777", 8), "%c" % 66, ascii("ñ"), repr(chr(0x7f)))
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(d) == id(d), callable(len), callable(1), getattr(d, "nope", "dflt"), hasattr(d, "keys"))
s = "Hello"
print(s[::-1], s[1:-1], s[-3:], s * 2, s.encode(), list(s), "".join(reversed(s)), s.count("l"), s.index("l"), f"{s!r:>10}")
nested = [[1, 2], [3, [4, 5]], []]
def flatten(x):
    for i in x:
        if isinstance(i, list): yield from flatten(i)
        else: yield i
print(list(flatten(nested)), [y for x in nested for y in (x if isinstance(x, list) else [x])], {i: i * i for i in range(4)}, {c for c in "hello"} == set("helo"))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], sum(map(sum, matrix)), sorted(matrix, key=sum, reverse=True)[0])
a, *rest = [1, 2, 3]; (x, y), z = (1, 2), 3; first, *_, last = "abcde"
print(a, rest, x, y, z, first, last, [*"ab", *range(2)], {**{"a": 1}, "b": 2}, (*"xy",))
print(vars(type("T", (), {"a": 1}))["a"], dir([])[:3], type(print).__name__, print.__name__)
print(globals()["__name__"], "d" in locals(), __name__, type(__builtins__).__name__ in ("module", "dict"))
print(eval("1 + 2"), eval("x * 10", {"x": 4}), exec("q = 5") or "exec ok", compile("1", "<s>", "eval").co_filename)
print(slice(1, 5, 2).indices(4), "abcdef"[slice(1, 5, 2)], memoryview(b"abc")[0], frozenset("ab") == {"a", "b"}, object.__name__)
