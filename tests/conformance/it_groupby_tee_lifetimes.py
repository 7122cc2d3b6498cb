# itertools.groupby and tee as C implements them: which values a groupby
# still holds (the current value and key), when key() is called, that a
# group made stale by advancing is empty, groupby and its groups in no
# reference cycle (they die by refcount), and what tee's shared buffer
# keeps alive until every copy has passed it.
import itertools, gc

class Item:
    def __init__(self, kind, n):
        self.kind, self.n = kind, n
    def __repr__(self):
        return f"{self.kind}{self.n}"
    def __del__(self):
        print("  del", self)

def key(item):
    print("  key", item)
    return item.kind

gc.disable()
items = [Item("a", 1), Item("a", 2), Item("b", 3), Item("c", 4), Item("c", 5)]
groups = itertools.groupby(items, key=key)
del items
print("first group")
k, g = next(groups)
print(k, next(g))
print("advance without finishing")
k2, g2 = next(groups)
print(k2, list(g), list(g2))
print("drop names")
del g
del groups
print("groups left alive by g2 only")
del g2
print("collected", gc.collect())

print("groups by key, kept")
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
kept = {k: list(g) for k, g in itertools.groupby(words, key=lambda w: w[0])}
print(kept)
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])

print("tee")
src = iter([Item("t", i) for i in range(4)])
left, right = itertools.tee(src)
del src
print(next(left), next(left), next(left))
print("right reads", next(right))
print("drop left")
del left
print("right reads", next(right), next(right))
del right
print("tee of tee")
a, b = itertools.tee(Item("u", i) for i in range(2))
c, d = itertools.tee(a)
print(type(c) is type(a), list(c), list(b))
del a, b, c
print("d still", list(d))
del d
print("collected", gc.collect())
gc.enable()
print("end")
