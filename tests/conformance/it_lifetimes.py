# Iterator lifetimes: chain lets go of each exhausted source, islice drops
# its source when it stops, a groupby group is only valid until the next key,
# tee's copies share one buffer whose items live until every copy has read
# them, and a count held by nothing dies at once.
import itertools

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Item({self.n})"
    def __del__(self):
        print("del", self)

def items(*ns):
    return [Item(n) for n in ns]

c = itertools.chain(items(1, 2), items(3))
print(next(c), next(c))
print("second list not yet fetched")
print(next(c))
print("first list released when the chain moved on")
del c

s = itertools.islice(iter(items(4, 5, 6)), 2)
print(list(s))
print("islice stopped: its source iterator is released")
del s

groups = itertools.groupby([1, 1, 2, 3, 3], key=lambda x: x)
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))

a, b = itertools.tee(iter(items(7, 8)))
print(next(a), next(a))
print("b has not read them yet")
print(next(b))
print(next(b))
print("both copies read everything")
del a, b
print("end")
