# enumerate, zip, map, filter and reversed are lazy: one item per next();
# enumerate and zip reuse their result tuple, so they keep the last item
# alive until the next step or their own death.
# CPython: enumobject.c enum_next, bltinmodule.c zip_next/map_next/filter_next.
class T:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self):
        print("del", self.n)
for i, t in enumerate(T(k) for k in range(2)):
    print("loop", i)
print("end")
del t
print(list(enumerate("ab", start=5)), list(zip([1, 2, 3], "ab")), list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, 2])))
print(type(enumerate([])).__name__, type(zip()).__name__, type(reversed([1])).__name__, list(reversed((1, 2, 3))), list(reversed(range(3))))
e = enumerate(T(k) for k in range(2))
print("made")
print(next(e)[0])
del e
print("after")
