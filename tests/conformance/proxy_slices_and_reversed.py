# Proxies to sequences: slice reads, slice assignment and slice deletion
# act on the referent (proxy_getitem / proxy_ass_subscript); reversed()
# calls the referent's __reversed__ (proxy_reversed: AttributeError when
# it has none, even if it has __len__ and __getitem__); a dead proxy
# raises ReferenceError.
import weakref
class L(list): pass
l = L([1, 2, 3])
p = weakref.proxy(l)
p[:] = [4, 5]
print(l)
p[1] = 9
print(l, p[0:1], list(reversed(p)))
class R:
    def __reversed__(self):
        return iter("cba")
r = R()
print("".join(reversed(weakref.proxy(r))))
class S:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
s = S()
print(list(reversed(s)))
try:
    reversed(weakref.proxy(s))
except AttributeError as e:
    print("AttributeError:", e)
del r
del p[0:1]
print(l)
lst = [1, 2, 3, 4]
class W(list): pass
w = W(lst)
pw = weakref.proxy(w)
del pw[::2]
print(w, pw[::-1])
del w
try:
    pw[:]
except ReferenceError as e:
    print("ReferenceError:", e)

# CallableProxyType has no __reversed__ (no tp_methods): not reversible.
class CallableSeq(list):
    def __call__(self):
        return len(self)
cs = CallableSeq([1, 2])
pc = weakref.proxy(cs)
print(type(pc).__name__, pc())
try:
    reversed(pc)
except TypeError as e:
    print("TypeError:", e)

# ProxyType's own methods: __reversed__ and __bytes__ forward to the referent.
class Both:
    def __bytes__(self):
        return 'not bytes'
    def __reversed__(self):
        return iter([3, 2])
bo = Both()
pb = weakref.proxy(bo)
print(hasattr(weakref.ProxyType, '__bytes__'), hasattr(weakref.ProxyType, '__reversed__'))
print(hasattr(weakref.CallableProxyType, '__bytes__'), hasattr(weakref.CallableProxyType, '__reversed__'))
print(list(weakref.ProxyType.__reversed__(pb)), weakref.ProxyType.__bytes__(pb))
del bo
try:
    weakref.ProxyType.__reversed__(pb)
except ReferenceError as e:
    print("ReferenceError:", e)
