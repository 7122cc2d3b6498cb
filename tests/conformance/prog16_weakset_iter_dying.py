import weakref, gc
class E:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"E{self.n}"
items = [E(i) for i in range(6)]
ws = weakref.WeakSet(items)
out = []
for e in ws:
    out.append(e.n)
    items[e.n] = None
    del e
print(sorted(out), len(ws))
items = [E(i) for i in range(4)]
ws = weakref.WeakSet(items)
it = iter(ws)
first = next(it)
items.clear()
print("len while iterating", len(ws))
rest = list(it)
print(len(rest) + 1)
del first, rest, it
print("after", len(ws))
a = E(1); b = E(2)
w1 = weakref.WeakSet([a]); w2 = weakref.WeakSet([b])
u = w1 | w2
i = w1 & w2
print(len(u), len(i), type(u).__name__)
w1 |= w2
print(len(w1))
del b
print(len(w1), len(u))
try:
    w1.add(3)
except TypeError as e:
    print("TypeError", e)
try:
    w1.pop(); w1.pop()
except KeyError as e:
    print("KeyError", e)
print(w1.isdisjoint(weakref.WeakSet()), a in u, 5 in u)
