# Errors around builtin subclasses, with CPython's messages: bases that are
# not acceptable, __slots__ over variable-size bases, a second __weakref__
# or __dict__ slot, T.__new__ with a class that is not a subtype, and
# immutability of tuple subclasses.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("bool", lambda: type("B", (bool,), {}))
attempt("range", lambda: type("R", (range,), {}))
attempt("NoneType", lambda: type("N", (type(None),), {}))
attempt("function", lambda: type("F", (type(attempt),), {}))
attempt("tuple slots", lambda: type("T", (tuple,), {"__slots__": ("a",)}))
attempt("tuple weakref slot", lambda: type("T", (tuple,), {"__slots__": ("__weakref__",)}))
attempt("set weakref slot", lambda: type("S", (set,), {"__slots__": ("__weakref__",)}))
attempt("list weakref slot", lambda: type("L", (list,), {"__slots__": ("__weakref__",)}))
attempt("list dict slot twice", lambda: type("L", (list,), {"__slots__": ("__dict__", "__dict__")}))
attempt("exception dict slot", lambda: type("E", (Exception,), {"__slots__": ("__dict__",)}))
attempt("list and dict", lambda: type("X", (list, dict), {}))

class P(tuple):
    pass

attempt("tuple.__new__(list)", lambda: tuple.__new__(list))
attempt("list.__new__(P)", lambda: list.__new__(P))
attempt("tuple.__new__(P) args", lambda: tuple.__new__(P, 1, 2))
attempt("P(1, 2)", lambda: P(1, 2))
attempt("list kwargs", lambda: type("L", (list,), {})(x=1))
attempt("dict args", lambda: type("D", (dict,), {})(1, 2))
attempt("set item", lambda: type("S", (set,), {})()[0])
attempt("hash dict sub", lambda: hash(type("D", (dict,), {})()))
attempt("hash list sub", lambda: hash(type("L", (list,), {})()))
print(hash(P((1, 2))) == hash((1, 2)))
