def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
class L3:
    def __len__(self): return "3"
class R:
    def __repr__(self): return 5
class S:
    def __repr__(self): return "R!"
class H:
    def __hash__(self): return 2**100
class H2:
    def __hash__(self): return "x"
class I:
    def __iter__(self): return 5
class Ix:
    def __index__(self): return True
class Cn:
    def __contains__(self, x): return [1]
class Fmt:
    pass
t(lambda: bool(B())); t(lambda: len(L())); t(lambda: len(L2())); t(lambda: len(L3())); t(lambda: bool(L()))
t(lambda: repr(R())); t(lambda: str(S())); t(lambda: f"{S()}"); t(lambda: hash(H()) == hash(2**100)); t(lambda: hash(H2()))
t(lambda: iter(I())); t(lambda: [0, 1][Ix()]); t(lambda: 1 in Cn()); t(lambda: format(Fmt(), "x")); 
t(lambda: "%s" % R()); t(lambda: [R()]); t(lambda: str(R()))
class Cls:
    pass
class Other:
    def hi(self): return "other"
o = Cls(); o.__class__ = Other; print(o.hi(), type(o).__name__)
t(lambda: setattr(o, "__class__", int))
class MetaCheck(type):
    def __instancecheck__(cls, inst): print("instcheck"); return inst == 3
    def __subclasscheck__(cls, sub): print("subcheck"); return sub is int
class Q(metaclass=MetaCheck): pass
print(isinstance(3, Q), isinstance(4, Q), issubclass(int, Q), isinstance(Q(), Q))
class D:
    def __dir__(self): return ["b", "a", "a"]
print(dir(D()))
t(lambda: dir(type("X", (), {"__dir__": lambda s: 5})()))
l = [1]; l.append(l); print(l, repr({"k": l}))
d = {}; d["self"] = d; print(d)
class Rec:
    def __repr__(self): return f"Rec({self!r})"
t(lambda: repr(Rec()))
class Eq:
    def __eq__(self, o): return "yes"
print(Eq() == 1, [Eq()] == [1], Eq() in [1], [1].index(Eq()) if Eq() in [1] else None, [1, 2].count(Eq()))
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, x=2), callable(Call()), callable(Call))
t(lambda: (lambda x: x)())
t(lambda: Call.__call__())
