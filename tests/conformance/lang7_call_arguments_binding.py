# Argument binding as people write it: positional-only and keyword-only
# parameters, *args/**kw, defaults evaluated once at def time, the TypeErrors
# of missing/extra/duplicate arguments, a keyword given both by **m and by
# name ('got multiple values for keyword argument', DICT_MERGE's message),
# non-str keys and non-mappings after **, and inspect.signature.
# CPython: Python/ceval.c _PyEval_FormatKwargsError, initialize_locals.
import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7), f(1, c=9, d=0))
for bad in ["f()", "f(1)", "f(a=1, d=2)", "f(1, 2, b=3, d=4)", "f(1, d=1, d=2)" if False else "f(1, **{'d': 1}, **{'d': 2})", "f(1, 2, 3, d=4, c=5)"]:
    try: eval(bad)
    except TypeError as e: print(e)
print(inspect.signature(f))
def stamp(x, when=print("default evaluated") or 0): return x, when
print(stamp(1))
def merge(**kw): return kw
base = {"a": 1}
print(merge(**base, b=2), merge(**{"a": 1}, **{"b": 2}))
try: merge(**base, a=3)
except TypeError as e: print(e)
try: merge(**{1: 2})
except TypeError as e: print(e)
try: merge(**[1])
except TypeError as e: print(e)
try: f(*5, d=1)
except TypeError as e: print(e)
def only_kw(*, x): return x
print(only_kw(x=1), only_kw.__kwdefaults__, f.__defaults__, f.__kwdefaults__)
def posonly(a, /): return a
try: posonly(a=1)
except TypeError as e: print(e)
class K:
    def m(self, /, x): return x
    def n(self, *, y): return y
print(K().m(1), K().n(y=2))
try: K().n(2)
except TypeError as e: print(e)
try: K.m()
except TypeError as e: print(e)
lam = lambda a, /, b, *, c=1: (a, b, c)
print(lam(1, b=2), lam(1, 2, c=3))
def g(**kw): return kw
for thunk in [lambda: g(a=1, **{"a": 2}), lambda: g(**{"a": 1}, a=2), lambda: g(**{"a": 1}, b=2, a=3), lambda: print(**{"sep": 1}, sep=2)]:
    try: print(thunk())
    except TypeError as e: print(e)
