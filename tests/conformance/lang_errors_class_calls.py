# The exception types and messages of wrong calls of methods, properties, 
# static/class methods, constructors, type(), super() and protocol 
# operations on user classes.
class C:
    def m(self, a): pass
    @property
    def p(self): return 1
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
    def __init__(self, x, y=1): self.x = x
tests = [
    lambda: C(),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.c(),
    lambda: setattr(C(1), "p", 2),
    lambda: delattr(C(1), "p"),
    lambda: C(1, 2, 3),
    lambda: C(1, z=2),
    lambda: C(1, x=2),
    lambda: object.__init__(C(1), 5),
    lambda: super(C, 5),
    lambda: type("X", (5,), {}),
    lambda: type("X", (int, str), {}),
    lambda: type(1, 2),
    lambda: C(1) < C(1),
    lambda: C(1) + 1,
    lambda: len(C(1)),
    lambda: C(1)[0],
    lambda: iter(C(1)),
    lambda: next(C(1)),
    lambda: hash(type("H", (), {"__eq__": lambda s, o: True})()),
    lambda: C.__dict__["x"],
    lambda: C(1).__dict__["zz"],
    lambda: getattr(C(1), "zz"),
    lambda: C(1).zz(),
    lambda: [].__getitem__(5),
    lambda: int.__add__(1, "a"),
    lambda: C.m.__get__(None, None),
    lambda: vars(5),
    lambda: dir(5, 6),
    lambda: isinstance(C(1), (C, 5)),
    lambda: issubclass(C, "x"),
    lambda: object.__setattr__(5, "a", 1),
    lambda: frozenset().add(1),
    lambda: ().append(1),
    lambda: "s".x,
    lambda: C(1).__class__.__name__.foo,
    lambda: (lambda *, k: k)(1),
    lambda: (lambda a, /: a)(a=1),
    lambda: (lambda **kw: kw)(1),
    lambda: dict(a=1)["b"],
    lambda: [1, 2, 3][1:2] + (4,),
    lambda: {}.setdefault(),
    lambda: "{0} {1}".format(1),
    lambda: "abc" * 2.0,
    lambda: [] * [],
    lambda: None + None,
    lambda: 5 < None,
    lambda: max(1, "a"),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
