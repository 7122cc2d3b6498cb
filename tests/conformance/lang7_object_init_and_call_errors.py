# object.__init__'s extra-argument rule (object_init: 'object.__init__() takes
# exactly one argument' when the type overrides __init__, 'C.__init__() ...' when
# it overrides neither, nothing when only __new__ is overridden), and the
# TypeError/AttributeError messages of ordinary mistakes with user classes:
# bad calls of methods, classmethods and staticmethods, read-only properties,
# __slots__, operators and protocols a class does not define.
# CPython: Objects/typeobject.c object_init, Python/ceval.c, Objects/abstract.c.
class B: pass
class I:
    def __init__(self, *a): pass
class N:
    def __new__(cls, *a): return super().__new__(cls)
class L(list): pass
class E(Exception): pass
for cls in [B, I, N, L, E]:
    for thunk in [lambda: object.__init__(cls.__new__(cls), 1), lambda: cls(1, 2) and None]:
        try:
            thunk(); print("ok", cls.__name__)
        except TypeError as e:
            print(cls.__name__, e)
for v in [5, "s", [], {}, 1.5]:
    try:
        object.__init__(v, 1); print("ok", type(v).__name__)
    except TypeError as e:
        print(type(v).__name__, e)
class Both:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__(*a)
try: Both(1)
except TypeError as e: print(e)
class OnlyNew:
    def __new__(cls, *a): return super().__new__(cls, *a)
try: OnlyNew(1)
except TypeError as e: print(e)
class A:
    __slots__ = ("x",)
    def m(self, a, b=1, *, c): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
    @property
    def ro(self): return 1
class B: pass
tests = [
    "A().m()", "A().m(1, 2, 3)", "A().m(1, c=1, d=2)", "A().m(1, 2, c=3, b=4)", "A.cm()", "A.sm()", "A().ro = 5", "del A().ro",
    "A().y = 1", "A().x", "B() < B()", "B() + 1", "1 - B()", "-B()", "~B()", "B()[0]", "B()[0] = 1", "del B()[0]", "len(B())", "iter(B())",
    "B()()", "B() @ B()", "abs(B())", "int(B())", "float(B())", "round(B())", "B() in B()", "reversed(B())", "hash(B()) and None", "bool(B()) and None",
    "format(B(), 'x')", "'%d' % B()", "[1,2][B()]", "range(B())", "'abc' * B()", "B().__len__()", "B.__init__(1)", "object.__init__(B(), 1)", "B(1)",
    "A.m(None, 1, c=2)", "A.__dict__['m'](1, 2, c=3)", "A.__slots__ = 1", "type(B()).__name__ = 1",
]
for src in tests:
    try:
        exec(src, {"A": A, "B": B})
        print("no error:", src)
    except BaseException as e:
        print(f"{src!r:40} {type(e).__name__}: {e}")
