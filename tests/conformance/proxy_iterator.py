# next(p) on a proxy forwards to the referent's __next__; iter(p) returns what
# the referent's __iter__ returns (for an iterator: the referent itself, not
# the proxy); next() on a proxy to a non-iterator is a TypeError.
# CPython: weakrefobject.c proxy_iter/proxy_iternext.
import gc
import weakref

gc.disable()


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class NotIter:
    def __iter__(self):
        return iter([1])


c = Countdown(3)
p = weakref.proxy(c)
print("next(p):", next(p))
it = iter(p)
print("iter(p) is c:", it is c, "| iter(p) is p:", it is p)
print("rest via the proxy:", list(p))
try:
    next(p)
except StopIteration:
    print("StopIteration through the proxy")
n = NotIter()
pn = weakref.proxy(n)
print("list(pn):", list(pn))
try:
    next(pn)
except TypeError as e:
    print("TypeError:", e)
