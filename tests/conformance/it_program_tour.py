# itertools as programs use it: tee and groupby lifetimes (what the shared
# buffer and the current group keep alive), the combinatoric iterators,
# reprs of count/repeat, islice/product/permutations argument errors.
import itertools, gc, weakref, operator

class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N{self.v}"
    def __del__(self): print("del", self.v)

data = [N(i) for i in range(6)]
t1, t2 = itertools.tee(data)
del data
print(next(t1), next(t1))
print("t2 first", next(t2))
del t1
print("t1 gone")
print(list(t2))
del t2
print("tee done")

items = [N(i) for i in (10, 10, 11, 12, 12)]
groups = itertools.groupby(items, key=lambda n: n.v)
del items
k, g = next(groups)
print("key", k)
k2, g2 = next(groups)
print("old group:", list(g), "new", k2, list(g2))
del groups, g, g2
print("groupby done")
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations(range(3), 2)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.pairwise("abcd")))
print(list(itertools.islice(itertools.cycle("xy"), 5)))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 3, itertools.count())))
print(list(itertools.dropwhile(lambda x: x < 3, range(6))))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.repeat("z", 3)), repr(itertools.repeat("z", 3)), repr(itertools.count(5, 2)))
c = itertools.count(1.5, 0.5); next(c); print(c)
print(repr(itertools.repeat(N(99))))
it = itertools.islice(range(10), 2, 8, 3)
print(list(it))
try:
    itertools.islice(range(3), -1)
except ValueError as e:
    print("ValueError", e)
try:
    list(itertools.product(repeat=-1))
except ValueError as e:
    print("ValueError", e)
try:
    itertools.permutations("ab", -1)
except ValueError as e:
    print("ValueError", e)
z = zip(*[iter(range(7))] * 3)
print(list(z))
r = itertools.repeat(N(50), 2)
print(next(r))
del r
print("repeat gone")
ch = itertools.chain([N(60)], [N(61)])
print(next(ch))
del ch
print("chain gone")
st = itertools.starmap(lambda a, b: N(a + b), [(1, 2), (3, 4)])
x = next(st)
del st
print("starmap gone", x)
del x
print(type(itertools.tee([])[0]).__name__, type(itertools.groupby([])).__name__)
a, b = itertools.tee(range(3), 2)
c, = itertools.tee(a, 1)
print(list(c), list(b))
print("end")
