"""Every mistake a beginner makes, caught and printed."""
import math

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(f"{label:24} {type(e).__name__}: {e}")
    else:
        print(f"{label:24} ok: {r!r}")

class BadStr:
    def __str__(self): return 42
class BadLen:
    def __len__(self): return -1
class BadBool:
    def __bool__(self): return 1
class BadIter:
    def __iter__(self): return 5
class BadHash:
    def __hash__(self): return 1.5
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
class NoArgs:
    pass
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def f(a, b, *, c): return a + b + c
def g(a, /, b): return a

attempt("str returns int", lambda: str(BadStr()))
attempt("len negative", lambda: len(BadLen()))
attempt("bool returns int", lambda: bool(BadBool()))
attempt("iter non-iterator", lambda: iter(BadIter()))
attempt("hash float", lambda: hash(BadHash()))
attempt("getitem iteration", lambda: (list(OnlyGetitem()), 20 in OnlyGetitem(), 25 in OnlyGetitem()))
attempt("NoArgs(1)", lambda: NoArgs(1))
attempt("Point(1)", lambda: Point(1))
attempt("Point(1,2,3)", lambda: Point(1, 2, 3))
attempt("Point(1,y=2,x=3)", lambda: Point(1, y=2, x=3))
attempt("Point(z=1)", lambda: Point(1, 2, z=1))
attempt("f(1,2)", lambda: f(1, 2))
attempt("f(1,2,3)", lambda: f(1, 2, 3))
attempt("g(a=1,b=2)", lambda: g(a=1, b=2))
attempt("int('abc')", lambda: int("abc"))
attempt("int('12', 2)", lambda: int("12", 2))
attempt("float('x')", lambda: float("1.2.3"))
attempt("unpack too many", lambda: [(a, b) for a, b in [(1, 2, 3)]])
attempt("unpack too few", lambda: [(a, b, c) for a, b, c in [(1, 2)]])
attempt("unpack non-iter", lambda: [a for a, b in [5]])
attempt("sort mixed", lambda: sorted([1, "a", 2.0]))
attempt("compare", lambda: Point(1, 2) < Point(2, 3))
attempt("add str int", lambda: "a" + 1)
attempt("add int str", lambda: 1 + "a")
attempt("mul list list", lambda: [1] * [2])
attempt("unhashable", lambda: {[1]: 2})
attempt("set of lists", lambda: set([[1]]))
attempt("call int", lambda: 5())
attempt("subscript None", lambda: None[0])
attempt("subscript int", lambda: (5)[0])
attempt("item assign tuple", lambda: exec("t = (1,); t[0] = 2"))
attempt("attr on None", lambda: None.foo)
attempt("attr typo", lambda: Point(1, 2).z)
attempt("module attr", lambda: math.tau2)
attempt("dict missing", lambda: {"a": 1}["b"])
attempt("list index", lambda: [1, 2][5])
attempt("str index", lambda: "ab"[9])
attempt("pop empty", lambda: [].pop())
attempt("remove missing", lambda: [1].remove(2))
attempt("index missing", lambda: [1].index(2))
attempt("str.index", lambda: "abc".index("z"))
attempt("math domain", lambda: math.sqrt(-1))
attempt("log 0", lambda: math.log(0))
attempt("overflow", lambda: math.exp(1000))
attempt("float pow", lambda: 10.0 ** 400)
attempt("int too big", lambda: float(10 ** 400))
attempt("div zero", lambda: 1 / 0)
attempt("mod zero", lambda: 1 % 0)
attempt("float div zero", lambda: 1.0 // 0.0)
attempt("chr", lambda: chr(-1))
attempt("ord", lambda: ord("ab"))
attempt("range float", lambda: range(1.5))
attempt("join ints", lambda: ",".join([1, 2]))
attempt("format", lambda: "{} {}".format(1))
attempt("format key", lambda: "{x}".format(y=1))
attempt("fstring spec", lambda: f"{'abc':d}")
attempt("int spec", lambda: format(3, ".2s"))
attempt("frozenset add", lambda: frozenset().add(1))
attempt("dict change size", lambda: [d.pop(k) for d in [{1: 1, 2: 2}] for k in d])
attempt("next empty", lambda: next(iter([])))
attempt("super outside", lambda: super())
attempt("abs str", lambda: abs("x"))
attempt("len int", lambda: len(5))
attempt("round str", lambda: round("1.5"))
attempt("sum str", lambda: sum(["a", "b"], ""))
attempt("min empty", lambda: min([]))
attempt("zip strict", lambda: list(zip([1, 2], [1], strict=True)))
attempt("isinstance bad", lambda: isinstance(1, "int"))
attempt("getattr no default", lambda: getattr(1, "nope"))
attempt("setattr int", lambda: setattr(1, "x", 2))
attempt("del attr", lambda: delattr(Point(1, 2), "q"))
attempt("bytes non-int", lambda: bytes(["a"]))
attempt("bytes range", lambda: bytes([300]))
attempt("str * float", lambda: "a" * 2.5)
attempt("tuple + list", lambda: (1,) + [2])
attempt("list + tuple", lambda: [1] + (2,))
attempt("import missing", lambda: __import__("no_such_module_xyz"))
attempt("assert", lambda: exec("assert 1 == 2, 'math broke'"))
attempt("name error", lambda: undefined_variable)
attempt("local unbound", lambda: exec("def h():\n    print(x)\n    x = 1\nh()"))
attempt("syntax", lambda: compile("x = = 1", "<demo>", "exec"))
attempt("indent", lambda: compile("if 1:\nprint(2)", "<demo>", "exec"))
attempt("eval", lambda: eval("1 +"))
pt = Point(1, 2)
print(pt.xx)
