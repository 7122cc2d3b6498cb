import weakref

class E:
    def __init__(self, n):
        self.n = n

items = [E(i) for i in range(5)]
ws = weakref.WeakSet(items)
total = 0
for e in ws:
    total += 1
    if total == 1:
        items.clear()
        del e
print("iterated", total)
print("len", len(ws))
items = [E(i) for i in range(3)]
ws = weakref.WeakSet(items)
ws2 = ws.copy()
items.pop()
print(len(ws), len(ws2))
u = ws | weakref.WeakSet([items[0]])
print(len(u), items[0] in u, E(9) in u)
try:
    ws.remove(E(7))
except KeyError:
    print("KeyError on remove")
print(ws.pop().n in (0, 1), len(ws))
