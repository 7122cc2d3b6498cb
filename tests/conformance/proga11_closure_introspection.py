"""Generator and coroutine states through inspect, closures through
inspect.getclosurevars, and referrers through gc."""
import inspect
import gc
import weakref
import types
import sys


def ticker(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total


g = ticker(3)
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(inspect.getgeneratorlocals(g))
print(g.send(10), g.gi_frame.f_locals["total"])
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


def outer():
    secret = [1, 2]
    factor = 3

    def inner(x):
        return [v * factor for v in secret] + [x, len]
    return inner


fn = outer()
cv = inspect.getclosurevars(fn)
print(sorted(cv.nonlocals), sorted(cv.builtins), cv.unbound)
print(inspect.isgeneratorfunction(ticker), inspect.isgenerator(g), inspect.isfunction(fn))
print(inspect.signature(ticker), list(inspect.signature(fn).parameters))


print("== referrers")
class Leak:
    pass


target = Leak()
holder_list = [target]
holder_dict = {"t": target}
refs = gc.get_referrers(target)
kinds = sorted(type(r).__name__ for r in refs if r is not globals())
print(kinds, any(r is globals() for r in refs))
print(len(gc.get_referents(holder_dict)), gc.get_referents(holder_list)[0] is target)
print(gc.is_tracked(target), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_finalized(target))


class Fin:
    def __del__(self):
        global revived
        revived = self


f = Fin()
f.me = f
del f
gc.collect()
print("finalized:", gc.is_finalized(revived))
print("== frames")
def frame_info():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno > 0
print(frame_info())
print(inspect.currentframe().f_code.co_name)
print(type(inspect.currentframe()).__name__, inspect.isframe(sys._getframe()))
print(inspect.getmodulename(__file__))
print(inspect.stack()[0].function)
print("== co_names")
import os.path as osp
from sys import argv as av, path


class K:
    """doc"""
    a = len

    def m(self):
        return super().m()

    def n(self, y):
        self.q = y.r
        return osp.join(X, Y, print)


def f(a, b=None):
    global G
    G = a.attr1.attr2
    import json.decoder as jd
    c = [z.w for z in a]
    return min(a, b) + Z


print(f.__code__.co_names)
print(K.__dict__["m"].__code__.co_names, K.n.__code__.co_names)
print(sys._getframe().f_code.co_names[:12])
cv = inspect.getclosurevars(K.n)
print(cv.nonlocals, sorted(cv.globals), cv.builtins, sorted(cv.unbound))
print(type(cv).__name__, type(cv).__module__)
