# proxy(non-callable) is a ProxyType: callable() is False and calling it is a
# TypeError naming 'weakref.ProxyType'; a proxy of a callable forwards calls
# with positional and keyword arguments; the proxy callback receives the proxy.
# CPython: weakrefobject.c proxy_call, PyWeakref_NewProxy.
import gc
import weakref

gc.disable()


class Plain:
    pass


class Adder:
    def __call__(self, a, b=10):
        return a + b


def cb(proxy):
    print("callback got", type(proxy).__name__)


plain = Plain()
pp = weakref.proxy(plain)
print("callable(pp):", callable(pp))
try:
    pp()
except TypeError as e:
    print("pp():", e)
adder = Adder()
pa = weakref.proxy(adder, cb)
print("callable(pa):", callable(pa), "| pa(1):", pa(1), "| pa(1, b=2):", pa(1, b=2))
f = lambda x: x * 2
pf = weakref.proxy(f)
print("proxy to a lambda:", pf(21), type(pf).__name__)
del adder
try:
    pa(1)
except ReferenceError as e:
    print("dead pa(1):", e)
