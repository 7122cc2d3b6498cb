# Truth values: __bool__ wins over __len__; without either an object is true;
# `and`/`or` return one of their operands and short-circuit; `not` always
# returns a bool; __bool__ must return a bool.
# CPython: object.c PyObject_IsTrue, typeobject.c slot_nb_bool.
class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__", self.v)
        return self.v

    def __len__(self):
        print("  __len__ (never used)")
        return 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


def side(label, value):
    print("  side", label)
    return value


print("Flag(True):", bool(Flag(True)), "| Sized(0):", bool(Sized(0)), "| Sized(2):", bool(Sized(2)), "| Plain():", bool(Plain()))
print("falsy values:", [bool(x) for x in [0, "", [], {}, (), None, set(), range(0)]])
print("0 or 'x':", 0 or "x", "| 3 and 4:", 3 and 4, "| [] and 1:", [] and 1, "| None or 0:", None or 0)
print("short circuit and:")
print(side("a", 0) and side("b", 1))
print("short circuit or:")
print(side("c", 5) or side("d", 6))
print("not:", not 0, not "x", not Flag(False))
if Sized(1):
    print("if uses __len__")
print("conditional expression:", "yes" if Sized(0) else "no")
print("True + True:", True + True, "| True == 1:", True == 1, "| {1: 'a', True: 'b'}:", {1: "a", True: "b"})
