# Every operation CPython's proxy forwards (Objects/weakrefobject.c:
# attribute get/set/del, every binary, reflected and in-place operator,
# unary operators, comparisons, len, in, subscripts, iter/next, bool,
# str, call, int/float/index conversions, isinstance through __class__,
# dir) raises ReferenceError('weakly-referenced object no longer exists')
# once the referent is dead; repr, type(), id(), `is`, callable() and
# weakref.getweakrefcount do not, hash() is a TypeError (a proxy is never
# hashable), and reversed()/round() fail with the proxy type's own
# TypeError. Run for a callable and a non-callable referent.
import weakref
class C:
    def __init__(self): self.a = 1
    def __call__(self, *a): return 'called'
    def __len__(self): return 1
    def __iter__(self): return iter([1])
    def __next__(self): return 1
    def __getitem__(self, k): return 1
    def __setitem__(self, k, v): pass
    def __delitem__(self, k): pass
    def __contains__(self, k): return True
    def __add__(self, o): return 1
    def __index__(self): return 1
    def __int__(self): return 1
    def __float__(self): return 1.0
    def __bool__(self): return True
    def __hash__(self): return 1
    def __reversed__(self): return iter([])
o = C()
p = weakref.proxy(o)
del o
def t(label, f):
    try:
        r = f()
        print(label, "->", "ok", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
t("getattr", lambda: p.a)
t("getattr missing", lambda: p.zzz)
def s(): p.a = 2
t("setattr", s)
def d(): del p.a
t("delattr", d)
t("__class__", lambda: p.__class__)
t("isinstance", lambda: isinstance(p, C))
t("isinstance int", lambda: isinstance(p, int))
t("type", lambda: type(p).__name__)
t("bool", lambda: bool(p))
t("not", lambda: not p)
t("if", lambda: 1 if p else 0)
t("len", lambda: len(p))
t("in", lambda: 1 in p)
t("getitem", lambda: p[0])
def si(): p[0] = 1
t("setitem", si)
def di(): del p[0]
t("delitem", di)
t("iter", lambda: iter(p))
t("next", lambda: next(p))
t("call", lambda: p())
t("str", lambda: str(p))
t("repr", lambda: repr(p)[:20])
t("hash", lambda: hash(p))
t("==", lambda: p == 1)
t("!=", lambda: p != 1)
t("<", lambda: p < 1)
t("== self", lambda: p == p)
t("is", lambda: p is p)
t("1 ==", lambda: 1 == p)
t("p +", lambda: p + 1)
t("1 + p", lambda: 1 + p)
t("p -", lambda: p - 1)
t("1 - p", lambda: 1 - p)
t("p *", lambda: p * 1)
t("1 * p", lambda: 1 * p)
t("p /", lambda: p / 1)
t("1 / p", lambda: 1 / p)
t("p //", lambda: p // 1)
t("1 // p", lambda: 1 // p)
t("p %", lambda: p % 1)
t("1 % p", lambda: 1 % p)
t("p **", lambda: p ** 1)
t("1 ** p", lambda: 1 ** p)
t("p <<", lambda: p << 1)
t("1 << p", lambda: 1 << p)
t("p >>", lambda: p >> 1)
t("1 >> p", lambda: 1 >> p)
t("p &", lambda: p & 1)
t("1 & p", lambda: 1 & p)
t("p |", lambda: p | 1)
t("1 | p", lambda: 1 | p)
t("p ^", lambda: p ^ 1)
t("1 ^ p", lambda: 1 ^ p)
def f():
    q = p
    q += 1
t("q +=", f)
def f():
    q = p
    q -= 1
t("q -=", f)
def f():
    q = p
    q *= 1
t("q *=", f)
def f():
    q = p
    q /= 1
t("q /=", f)
def f():
    q = p
    q //= 1
t("q //=", f)
def f():
    q = p
    q %= 1
t("q %=", f)
def f():
    q = p
    q **= 1
t("q **=", f)
def f():
    q = p
    q <<= 1
t("q <<=", f)
def f():
    q = p
    q >>= 1
t("q >>=", f)
def f():
    q = p
    q &= 1
t("q &=", f)
def f():
    q = p
    q |= 1
t("q |=", f)
def f():
    q = p
    q ^= 1
t("q ^=", f)
def f():
    q = p
t("-p", lambda: -p)
t("+p", lambda: +p)
t("abs", lambda: abs(p))
t("~p", lambda: ~p)
t("int", lambda: int(p))
t("float", lambda: float(p))
t("index", lambda: [1,2][p])
t("reversed", lambda: reversed(p))
t("divmod", lambda: divmod(p, 1))
t("pow3", lambda: pow(p, 1, 2))
t("round", lambda: round(p))
t("format", lambda: format(p, ''))
t("dir", lambda: dir(p))
t("hasattr", lambda: hasattr(p, 'a'))
t("getattr default", lambda: getattr(p, 'a', 5))
t("callable", lambda: callable(p))
t("weakref.getweakrefcount", lambda: weakref.getweakrefcount(p))
t("id", lambda: id(p) > 0)
t("proxy of proxy", lambda: weakref.proxy(p))
t("ref of proxy", lambda: weakref.ref(p))
t("list", lambda: list(p))
t("for", lambda: [x for x in p])
t("sorted", lambda: sorted(p))
t("max", lambda: max(p))
t("print", lambda: print(p))
t("f-string", lambda: f"{p}")
t("%s", lambda: "%s" % p)
t("%r", lambda: ("%r" % p)[:10])
t("p.__dict__", lambda: p.__dict__)
t("vars", lambda: vars(p))
t("issubclass", lambda: issubclass(type(p), C))
t("set add", lambda: {p})
t("dict key", lambda: {p: 1})
t("unpack", lambda: [*p])
t("str.join", lambda: ",".join(p))
t("__repr__ call", lambda: p.__repr__())
t("__str__ call", lambda: p.__str__())
t("__eq__ call", lambda: p.__eq__(1))
t("__reversed__ call", lambda: p.__reversed__())

print("-- a non-callable referent")
class D:
    pass
o = D()
p = weakref.proxy(o)
print(type(p).__name__, callable(p))
del o
t("getattr", lambda: p.x)
t("call", lambda: p())
t("hash", lambda: hash(p))
t("repr", lambda: repr(p)[:20])
t("str", lambda: str(p))
t("isinstance D", lambda: isinstance(p, D))
t("isinstance ProxyType", lambda: isinstance(p, weakref.ProxyType))
t("isinstance object", lambda: isinstance(p, object))
t("isinstance tuple", lambda: isinstance(p, (int, D)))
t("bool", lambda: bool(p))
t("==", lambda: p == p)
t("len", lambda: len(p))
try:
    p.anything
except ReferenceError as e:
    print("caught:", repr(e), isinstance(e, Exception))
