# OrderedDict keeps its dict's entries in insertion order: move_to_end only
# changes the linked order, so deleting or clearing the OrderedDict releases
# the values in insertion order (odict_dealloc / PyDict_Clear), while
# iteration, repr, popitem and copies follow the moved order.
from collections import OrderedDict
import gc

class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V{self.n}"
    def __del__(self):
        print("  del", self.n)

od = OrderedDict()
for i in range(5):
    od[i] = V(i)
od.move_to_end(1)
od.move_to_end(3, last=False)
print("order", list(od), od)
print("reversed", list(reversed(od)), list(reversed(od.items()))[:2])
print("drop")
del od

print("clear after moves")
od = OrderedDict((i, V(10 + i)) for i in range(4))
od.move_to_end(10 - 10)
od[2] = V(22)
print(list(od.values()))
od.clear()
print("cleared", od, len(od))
od[7] = V(7)
od[8] = V(8)
od.move_to_end(7)
print(list(od))
od = None

print("popitem both ends")
od = OrderedDict.fromkeys("abcde")
for k in "abcde":
    od[k] = V(ord(k) - 96)
od.move_to_end("a")
od.move_to_end("e", last=False)
print(od.popitem())
print(od.popitem(last=False))
k, v = od.popitem(last=False)
print("popped", k, v)
del v
print(list(od.items()))
print(k in od)
print("pop", od.pop("c"), od.pop("zz", "default"))
print("left", od)
od = None

print("copy keeps the moved order, new dict order")
src = OrderedDict((i, V(30 + i)) for i in range(3))
src.move_to_end(0)
cp = src.copy()
print(list(cp), cp == src, dict(cp) == dict(src))
del src
print("drop copy")
del cp

print("in a cycle")
od = OrderedDict((i, V(40 + i)) for i in range(3))
od.move_to_end(0)
od["self"] = od
del od
print("collected", gc.collect())
print("end")
