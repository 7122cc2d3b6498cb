# Proxy comparisons unwrap the proxy operands before delegating: `p == o` calls
# o.__eq__(o); `o == p` calls o.__eq__ with the proxy itself; `p < x` uses the
# referent's __lt__ (plain refs refuse ordering, proxies do not).
# CPython: weakrefobject.c proxy_richcompare (UNWRAP).
import gc
import weakref

gc.disable()


class Val:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"  __eq__ of Val {self.n}, other is a {type(other).__name__}")
        return self.n == other.n

    def __lt__(self, other):
        print("  __lt__ on Val", self.n)
        return self.n < other.n

    def __hash__(self):
        return self.n


a = Val(1)
b = Val(2)
pa = weakref.proxy(a)
pb = weakref.proxy(b)
print("pa == a:")
print(pa == a)
print("a == pa:")
print(a == pa)
print("pa < pb:")
print(pa < pb)
print("pb > pa (reflected __lt__):")
print(pb > pa)
print("sorted([pb, pa]) gives proxies:", [type(x).__name__ for x in sorted([pb, pa])])
try:
    hash(pa)
except TypeError as e:
    print("hash(pa):", e)
