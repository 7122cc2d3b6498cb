from collections import OrderedDict
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
od = OrderedDict((k, D(k)) for k in range(4))
od.move_to_end(0)
od.move_to_end(3, last=False)
print(list(od))
print("popitem last"); od.popitem()
print("popitem first"); od.popitem(last=False)
print("del od")
del od
print("end")
