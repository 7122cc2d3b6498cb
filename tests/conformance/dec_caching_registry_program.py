# Decorators that cache and register: a non-data descriptor caching into the
# instance dict, functools.cached_property, a singleton class decorator, a
# retry decorator with its exception context, a classmethod registry, stacked
# lambdas as decorators, staticmethod over lru_cache.
import functools
class cached:
    def __init__(s, fn): s.fn = fn; s.name = fn.__name__
    def __set_name__(s, owner, name): print("cached set_name", owner.__name__, name)
    def __get__(s, obj, typ=None):
        if obj is None: return s
        v = s.fn(obj)
        obj.__dict__[s.name] = v
        print("computed", s.name)
        return v
class C:
    @cached
    def heavy(self): return 42
    @functools.cached_property
    def cp(self): print("cp compute"); return [1]
c = C(); print(c.heavy, c.heavy, c.cp, c.cp, vars(c))
del c.cp; print(c.cp)
def singleton(cls):
    inst = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in inst: inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class S:
    def __init__(s, v): print("S init", v); s.v = v
print(S(1).v, S(2).v, S.__name__, S.__wrapped__)
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            for i in range(times):
                try: return fn(*a, **k)
                except ValueError as e: print("retry", i, e)
            raise RuntimeError("gave up")
        return w
    return deco
n = [0]
@retry(3)
def flaky():
    n[0] += 1
    if n[0] < 3: raise ValueError(n[0])
    return "ok"
print(flaky())
@retry(times=1)
def always(): raise ValueError("x")
try: always()
except RuntimeError as e: print(e, repr(e.__context__))
class Reg:
    registry = {}
    @classmethod
    def register(cls, name):
        def d(f): cls.registry[name] = f; return f
        return d
@Reg.register("a")
def fa(): return "A"
print(Reg.registry["a"](), list(Reg.registry))
deco_list = [lambda f: (print("first"), f)[1], lambda f: (print("second"), f)[1]]
@deco_list[0]
@deco_list[1]
def both(): pass
@(lambda f: f)
def lam(): return 1
print(lam())
class Meth:
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def sq(x): print("sq", x); return x * x
print(Meth.sq(3), Meth.sq(3), Meth().sq(3), Meth.sq.cache_info())
print(functools.wraps(len)(lambda: 0).__name__)
@property
def notinclass(self): pass
print(type(notinclass).__name__)
