# repr()/str()/print(): print uses __str__, containers show their items with
# __repr__, str() falls back to __repr__; __call__ makes instances callable
# with positional, default and keyword arguments; callable() checks for it.
# CPython: object.c PyObject_Repr/PyObject_Str, typeobject.c slot_tp_call.
class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return "Temp(" + repr(self.deg) + ")"

    def __str__(self):
        return str(self.deg) + " degrees"


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, extra=0):
        return x * self.factor + extra


t = Temp(21)
print(t)
print(repr(t), str(t))
print([t, Temp("hot")])
print({"now": t}, (t,))
print("print with several args:", t, 5, "x", None, True)
print("sep and end:", 1, 2, 3, sep="-", end=" <end>\n")
print("a", "b", sep="")
print("no newline", end="")
print(" <- joined")
print()
triple = Multiplier(3)
print("call:", triple(4), triple(4, 1), triple(x=2, extra=10))
print("callable:", callable(triple), callable(t), callable(len), callable(Multiplier))
print("repr of strings:", repr("a'b"), repr("x\ny"), repr("tab\t"))
print("str of containers:", str([1, "a"]), str((1,)), str({}), str(set()))
