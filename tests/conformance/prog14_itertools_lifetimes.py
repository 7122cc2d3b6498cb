import itertools
import gc

class Rec:
    def __init__(self, k, v):
        self.k = k
        self.v = v
    def __repr__(self):
        return f"{self.k}{self.v}"
    def __del__(self):
        print("del", self.k, self.v)

def source():
    try:
        for k, v in [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]:
            yield Rec(k, v)
    finally:
        print("source finally")

print("groupby:")
for key, grp in itertools.groupby(source(), key=lambda r: r.k):
    items = list(grp)
    print(key, items)
    del items
print("tee:")
a, b = itertools.tee(source(), 2)
print(next(a), next(a))
print("b lags; tee buffer holds items")
print(next(b))
del a
print("a dropped")
print(list(b))
del b
print("islice:")
it = itertools.islice(source(), 1, 3)
print(list(it))
print("chain/zip_longest:")
z = list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-"))
print(z)
print(list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4], lambda x, y: x * y)))
print(list(itertools.pairwise("abcd")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.combinations("abc", 2)), len(list(itertools.permutations(range(4), 2))))
c = itertools.count(10, 5)
print(next(c), next(c), repr(c))
cy = itertools.cycle([Rec("z", 0)])
print(next(cy), next(cy))
del cy
print("end")
