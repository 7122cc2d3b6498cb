# Special methods bind as lookup_maybe_method binds them: found on the type
# (never on the instance), a plain function gets the object first, a
# staticmethod or classmethod (or any class with __get__) is bound through
# __get__ first, for every operation that reaches a dunder: str, format,
# len, float, int, index, abs, round, bool, hash, unary minus, iter, repr,
# in, [], call, reversed, dir, complex, bytes.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class S:
    __str__ = staticmethod(lambda: "static-str")
    __format__ = staticmethod(lambda spec: "static-fmt" + spec)
    __len__ = staticmethod(lambda: 5)
    __float__ = staticmethod(lambda: 1.25)
    __int__ = staticmethod(lambda: 8)
    __index__ = staticmethod(lambda: 9)
    __abs__ = staticmethod(lambda: "abs")
    __round__ = staticmethod(lambda *a: "round")
    __bool__ = staticmethod(lambda: False)
    __hash__ = staticmethod(lambda: 77)
    __neg__ = staticmethod(lambda: "neg")
    __iter__ = staticmethod(lambda: iter([1]))
    __repr__ = staticmethod(lambda: "static-repr")
    __contains__ = staticmethod(lambda x: True)
    __getitem__ = staticmethod(lambda k: k)
    __call__ = staticmethod(lambda: "called")
    __reversed__ = staticmethod(lambda: iter([3, 2]))
    __dir__ = staticmethod(lambda: ["b", "a"])
    __complex__ = staticmethod(lambda: 1j)
    __bytes__ = staticmethod(lambda: b"x")
s = S()
for name, f in [("str", lambda: str(s)), ("format", lambda: format(s, "q")), ("fstr", lambda: f"{s:z}"), ("len", lambda: len(s)), ("float", lambda: float(s)), ("int", lambda: int(s)),
    ("index", lambda: [0]*0 + list(range(10))[s]), ("abs", lambda: abs(s)), ("round", lambda: round(s)), ("bool", lambda: bool(s)), ("hash", lambda: hash(s)), ("neg", lambda: -s),
    ("iter", lambda: list(s)), ("repr", lambda: repr(s)), ("in", lambda: 3 in s), ("getitem", lambda: s[4]), ("call", lambda: s()), ("reversed", lambda: list(reversed(s))), ("dir", lambda: dir(s)),
    ("complex", lambda: complex(s)), ("bytes", lambda: bytes(s))]:
    print(name, end=" ")
    show(f)
class I:
    pass
i = I()
i.__str__ = lambda: "inst"; i.__format__ = lambda spec: "inst"; i.__len__ = lambda: 3; i.__float__ = lambda: 1.0
show(lambda: str(i).startswith("<__main__.I object"))
show(lambda: format(i, "") == str(i))
show(lambda: len(i))
show(lambda: float(i))
class CM:
    @classmethod
    def __str__(cls): return "cm-" + cls.__name__
    @classmethod
    def __len__(cls): return 2
show(lambda: str(CM()))
show(lambda: len(CM()))


class Getter:
    """A descriptor whose __get__ says when it is bound."""
    def __get__(self, obj, cls):
        print("  __get__", type(obj).__name__, cls.__name__)
        return lambda *a: "bound-by-get"


class D:
    __str__ = Getter()
    __len__ = staticmethod(lambda: 1)


class Meta(type):
    __call__ = staticmethod(lambda *a: "meta-static-call")


class M(metaclass=Meta):
    pass


show(lambda: str(D()))
show(lambda: len(D()))
show(lambda: M())
