# A proxy to a set forwards the set operators (| & - ^) and `in`/len; the
# in-place `p |= x` runs set.__ior__ on the referent and rebinds the name to
# the referent itself, not to the proxy.
# CPython: weakrefobject.c proxy_or/proxy_ior (WRAP_BINARY/WRAP_BINARY inplace).
import gc
import weakref

gc.disable()
s = set([1, 2, 3])
p = weakref.proxy(s)
print("type(p):", type(p).__name__, "| len(p):", len(p), "| 2 in p:", 2 in p)
print("p | {4}:", sorted(p | {4}), type(p | {4}).__name__)
print("p & {2, 3, 9}:", sorted(p & {2, 3, 9}))
print("p - {1}:", sorted(p - {1}))
print("p ^ {3, 4}:", sorted(p ^ {3, 4}))
print("{0} | p:", sorted({0} | p))
q = p
q |= {10}
print("after q |= {10}: s =", sorted(s), "| q is s:", q is s, "| p is still a proxy:", type(p).__name__)
print("p == {1, 2, 3, 10}:", p == {1, 2, 3, 10})
print("p <= {1, 2, 3, 10, 11}:", p <= {1, 2, 3, 10, 11})
del s, q
try:
    p | {1}
except ReferenceError as e:
    print("dead p | {1}:", e)
