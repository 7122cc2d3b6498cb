# super() and explicit base calls into builtin methods from subclasses:
# super().append / __getitem__ / __setitem__ / __init__, list.__len__(x),
# dict.get(d, k), a validating list, an ordered-set-like dict, and the
# method-wrapper objects of builtin slots.
class Validated(list):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self.append(x)
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"not an int: {x!r}")
        super().append(x)
    def __setitem__(self, i, x):
        if not isinstance(x, int):
            raise TypeError("bad item")
        super().__setitem__(i, x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10

v = Validated([1, 2])
v.append(3)
v[0] = 5
print(v, v[0], list.__getitem__(v, 0), list.__len__(v), len(v))
try:
    v.append("x")
except TypeError as e:
    print("TypeError", e)
try:
    v[1] = "y"
except TypeError as e:
    print("TypeError", e)

class Registry(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f
        return deco
    def __repr__(self):
        return "Registry(" + ", ".join(sorted(self)) + ")"

reg = Registry()

def hello():
    return "hi"

hello = reg.register("hello")(hello)

print(reg, reg["hello"](), dict.get(reg, "hello") is hello, dict.__contains__(reg, "hello"))
print(type([].__len__).__name__, [1, 2].__len__(), {1: 2}.__getitem__(1), (1, 2).__contains__(2))
print(list.__add__([1], [2]), tuple.__mul__((1,), 3), set.__or__({1}, {2}), dict.__or__({1: 1}, {2: 2}))
