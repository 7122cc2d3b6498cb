from collections import deque, OrderedDict, defaultdict
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
print("list")
l = [D(1), D(2), D(3)]
del l
print("tuple")
t = (D(1), D(2), D(3))
del t
print("dict")
d = {D(1): D(2), D(3): D(4)}
del d
print("set-ish frozenset len", len(frozenset([1, 2])))
print("deque")
q = deque([D(1), D(2), D(3)])
q.appendleft(D(0))
del q
print("OrderedDict")
od = OrderedDict([("a", D(1)), ("b", D(2))])
od.move_to_end("a")
del od
print("defaultdict")
dd = defaultdict(list)
dd["x"].append(D(1)); dd["y"] = D(2)
del dd
print("nested")
n = [D(1), [D(2), D(3)], (D(4),), {"k": D(5)}]
del n
print("slice del")
l = [D(i) for i in range(5)]
del l[1:4]
print("clear")
l.clear()
print("pop")
l = [D(7)]
l.pop()
print("reassign")
l = [D(8), D(9)]
l[0] = None
l = None
print("end")
