def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
attempt("eq-only hash", lambda: {EqOnly(1)})
print(EqOnly.__hash__)
class BadBool:
    def __bool__(self): return 1
attempt("bad bool", lambda: not BadBool())
class NegLen:
    def __len__(self): return -1
attempt("neg len", lambda: len(NegLen()))
attempt("neg len bool", lambda: bool(NegLen()))
class Idx:
    def __index__(self): return 2
attempt("index", lambda: ([10, 20, 30][Idx()], bin(Idx()), range(Idx())[-1], "ab" * Idx()))
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
attempt("conv", lambda: (int(Num()), float(Num()), complex(Num())))
attempt("conv idx", lambda: [1][Num()])
class NoIter:
    __iter__ = None
attempt("noiter", lambda: iter(NoIter()))
class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
attempt("oldseq", lambda: (list(OldSeq()), 20 in OldSeq(), 5 in OldSeq()))
class RevSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
attempt("reversed", lambda: list(reversed(RevSeq())))
attempt("reversed bad", lambda: reversed(OldSeq()))
class NoCtx: pass
def use_ctx():
    with NoCtx():
        pass
attempt("noctx", use_ctx)
class Exitless:
    def __enter__(self): return self
def use_ctx2():
    with Exitless():
        pass
attempt("noexit", use_ctx2)
class Other:
    def __init__(self): print("Other init")
class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind): print("Factory init", kind)
attempt("new other", lambda: type(Factory("other")).__name__)
attempt("new self", lambda: type(Factory("self")).__name__)
attempt("object args", lambda: object(1))
class NoInit: pass
attempt("noinit args", lambda: NoInit(1))
class A:
    def hi(self): return "A"
class B:
    def hi(self): return "B"
a = A(); a.__class__ = B
attempt("class assign", lambda: a.hi())
attempt("class assign bad", lambda: setattr(a, "__class__", int))
a.__dict__ = {"z": 1}
attempt("dict assign", lambda: a.z)
class Even:
    @classmethod
    def __instancecheck__(cls, inst): return True
class MetaEven(type):
    def __instancecheck__(cls, inst): return isinstance(inst, int) and inst % 2 == 0
class EvenNum(metaclass=MetaEven): pass
attempt("instancecheck", lambda: (isinstance(4, EvenNum), isinstance(3, EvenNum), isinstance(3, Even)))
class Cmp:
    def __lt__(self, o): return NotImplemented
attempt("cmp NI", lambda: Cmp() < Cmp())
attempt("cmp eq default", lambda: (Cmp() == Cmp(), Cmp() != Cmp()))
class Callable_:
    def __call__(self, *a, **k): return (a, k)
attempt("call", lambda: Callable_()(1, x=2))
attempt("not callable", lambda: A()())
class Getitem:
    def __getitem__(self, k): return k
attempt("slices", lambda: (Getitem()[1:2], Getitem()[::-1, 3], Getitem()[...]))
class Hashy:
    def __hash__(self): return "x"
attempt("bad hash", lambda: hash(Hashy()))
class ReprBad:
    def __repr__(self): return 5
attempt("bad repr", lambda: repr(ReprBad()))
class StrBad:
    def __str__(self): return None
attempt("bad str", lambda: str(StrBad()))
class Cls:
    def __class_getitem__(cls, item): return f"Cls[{item.__name__}]"
attempt("class getitem", lambda: Cls[int])
