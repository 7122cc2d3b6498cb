import weakref
class O:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, O) and o.n == self.n
    __hash__ = object.__hash__
o = O(1)
p = weakref.proxy(o)
lst = [p]
print(o in lst, p in [o], lst.index(o))
try:
    {p: 1}
except TypeError as e:
    print("TypeError", e)
print(isinstance(p, O), type(p) is weakref.ProxyType, p.__class__ is O)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
del o
print(len(lst))
try:
    lst[0] == 1
except ReferenceError as e:
    print("ReferenceError", e)
