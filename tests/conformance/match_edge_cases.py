# match edge cases: attribute lookups with side effects (properties run in
# order, all before sub-patterns), __getattr__, a failing get() in a mapping
# pattern, a sequence subclass, nested captures in or-patterns, the subject
# evaluated once, bools vs ints, floats vs ints in value patterns.
class Props:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        print("  get a")
        return 1
    @property
    def b(self):
        print("  get b")
        return 2

print("props:")
match Props():
    case Props(0, b):
        print("never")
    case Props(a, b):
        print("  matched", a, b)

class Dyn:
    def __getattr__(self, name):
        if name == "missing":
            raise AttributeError(name)
        return name.upper()
match Dyn():
    case Dyn(missing=_):
        print("never")
    case Dyn(anything=v):
        print("dynamic attribute", v)

class BadGet(dict):
    def get(self, key, default=None):
        raise RuntimeError("get exploded")
try:
    match BadGet(a=1):
        case {"a": 1}:
            print("never")
except RuntimeError as e:
    print("RuntimeError", e)

class MyList(list):
    pass
match MyList([1, 2, 3]):
    case [1, *rest]:
        print("list subclass", rest, type(rest).__name__)

calls = []
def subject():
    calls.append(1)
    return [1, 2]
match subject():
    case [3, _]:
        pass
    case [1, x]:
        print("subject evaluated", len(calls), "time; x =", x)

for v in [True, 1, 1.0, 0, False, 0.0]:
    match v:
        case True:
            r = "True"
        case 1:
            r = "one"
        case False:
            r = "False"
        case 0:
            r = "zero"
    print(repr(v), r)

match [1, [2, 3]]:
    case [a, [b, c]] | [a, b, c]:
        print("nested or", a, b, c)

match {"k": [1, {"z": 9}]}:
    case {"k": [_, {"z": z}]}:
        print("deep", z)

match 5:
    case x:
        pass
print("capture after match:", x)

def f(v):
    match v:
        case [*xs] if len(xs) > 2:
            return xs
        case [*xs]:
            return list(reversed(xs))
print(f((1, 2)), f(range(4)))
