import gc
print(gc.is_tracked(0), gc.is_tracked(1.0), gc.is_tracked("a"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)))
t = (1, "x")
gc.collect()
print("tuple after collect", gc.is_tracked(t))
d = {1: 2}
print("dict int", gc.is_tracked(d))
d[3] = []
print("dict list", gc.is_tracked(d))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(b"x"), gc.is_tracked(bytearray()))
class S:
    __slots__ = ("a",)
print(gc.is_tracked(S()))
print(gc.is_tracked(iter([])), gc.is_tracked(range(3)), gc.is_tracked(slice(1, 2)))
def g(): yield 1
print(gc.is_tracked(g()))
x = [1]
print(gc.is_finalized(x))
class D:
    def __del__(self): pass
dd = D()
print(gc.is_finalized(dd))
dd.me = dd
keep = []
class E:
    def __del__(self): keep.append(self)
e = E(); e.me = e
del e
gc.collect()
print(gc.is_finalized(keep[0]))
