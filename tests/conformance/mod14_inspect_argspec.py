# inspect's argument-list helpers (CPython 3.11's getfullargspec, getcallargs,
# getargvalues, formatargvalues) on functions, methods, builtins and errors.
import inspect


def f(a, b: int = 2, *args, c, d='x', **kw) -> str:
    return 'r'


def g(x, y, /, z=3):
    return x


class K:
    def m(self, p, q=1):
        return p

    @classmethod
    def cm(cls, r):
        return r


spec = inspect.getfullargspec(f)
print(spec)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
print(type(spec).__name__, type(spec).__module__, inspect.FullArgSpec._fields)
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(K.m))
print(inspect.getfullargspec(K().m))
print(inspect.getfullargspec(lambda *a, **k: 0))
print(inspect.getfullargspec(len))
try:
    inspect.getfullargspec(42)
except TypeError as e:
    print('TypeError', e, type(e.__cause__).__name__)

print(inspect.getcallargs(f, 1, c=2))
print(inspect.getcallargs(f, 1, 5, 6, 7, c=2, e=9))
print(sorted(inspect.getcallargs(K().m, 10).items(), key=str)[:1])
print(inspect.getcallargs(K.cm, 11))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1,), {'a': 2, 'c': 3}),
                     ((1,), {'c': 1, 'zz': 2})]:
    try:
        inspect.getcallargs(g if not kwargs or 'zz' not in kwargs else K().m, *args, **kwargs)
        inspect.getcallargs(f, *args, **kwargs)
    except TypeError as e:
        print('TypeError', e)


def h(n, *rest, **opts):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))
    del frame


h(1, 2, k=3)
co = f.__code__
print(inspect.getargs(co), type(inspect.getargs(co)).__name__)
