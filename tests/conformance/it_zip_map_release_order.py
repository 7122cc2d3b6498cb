# zip and map hold their iterators in a tuple (zip_new's ittuple, map_new's
# iters), released and traversed as a tuple's items are: last to first;
# so the sources' items die in that order when the iterator dies (by
# refcount, in a cycle, and at exit); filter releases its function first.
import gc
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
pairs = zip([C("z1")], [C("z2")], [C("z3")])
del pairs
print("---")
m = map(lambda a, b: (a.n, b.n), [C("m1"), C("m2")], [C("m3")])
print(next(m))
del m
print("---")
z = zip([C("a")], [C("b")])
print([(x.n, y.n) for x, y in z])
del z
print("---")
f = filter(None, [C("f1"), C("f2")])
print(next(f).n)
del f
print("---")
print(list(zip("ab", range(3))), list(map(str, [1, 2])), list(zip()), list(map(pow, [2, 3], [2])))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
gc.disable()
class Holder:
    pass
h = Holder()
h.z = zip([C("c1")], [C("c2")])
h.self = h
del h
gc.collect()
print("end")
pz = zip([C("s1")], [C("s2")])
