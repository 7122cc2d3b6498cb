# gc.get_count() across builtins whose C code makes objects gclab models
# without building them: CPython's one-slice cache (a slice is taken from
# it and kept there when freed; gc.collect() does not empty it), the merged
# sub-dicts of a dict display with **, the dict object.__dir__ and
# type.__dir__ gather names in, __import__ without globals, and the
# AttributeError staticmethod()/classmethod() normalize and clear when the
# callable lacks an attribute they copy. Measured after gc.collect().
import gc

gc.disable()
results = []


def measure(name, f):
    deltas = []
    for _ in range(3):
        gc.collect()
        before = gc.get_count()[0]
        r = f()
        after = gc.get_count()[0]
        del r
        deltas.append(after - before)
    results.append((name, deltas))


class Keys:
    def __getitem__(self, k):
        return k


class Plain:
    pass


keys = Keys()
plain = Plain()
DD = {"a": 1}
L = [1, 2, 3]


def f():
    pass


measure("keys[1:2]", lambda: keys[1:2])
measure("keys[::2]", lambda: keys[::2])
measure("slice(1, 2)", lambda: slice(1, 2))
measure("slice(3)", lambda: slice(3))
measure("(keys[1:2], keys[2:3])", lambda: (keys[1:2], keys[2:3]))
measure("L[1:2]", lambda: L[1:2])
measure("{**DD, 'c': 3}", lambda: {**DD, "c": 3})
measure("{'c': 3, **DD, 'd': 4}", lambda: {"c": 3, **DD, "d": 4})
measure("{**DD, **DD}", lambda: {**DD, **DD})
measure("{'c': 3, **DD}", lambda: {"c": 3, **DD})
measure("dir(L)", lambda: dir(L))
measure("dir(Plain)", lambda: dir(Plain))
measure("dir(plain)", lambda: dir(plain))
measure("__import__('gc')", lambda: __import__("gc"))
measure("staticmethod(len)", lambda: staticmethod(len))
measure("classmethod(len)", lambda: classmethod(len))
measure("staticmethod(f)", lambda: staticmethod(f))
for name, deltas in results:
    print(name, deltas)

# The cache holds one slice: of two slices alive at once, one is counted.
gc.collect()
before = gc.get_count()[0]
s = keys[1:2]
t = keys[1:3]
after = gc.get_count()[0]
del s
del t
end = gc.get_count()[0]
print("two slices", after - before, end - after)
