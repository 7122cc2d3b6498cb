import gc

class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

gc.collect()
hub = {"k1": F("v1"), "k2": F("v2")}
lst = [F("l1"), F("l2"), hub]
hub["lst"] = lst
t = (F("t1"), lst)
lst.append(t)
del hub, lst, t
gc.collect()
print("---")
objs = [F(str(i)) for i in range(4)]
for i, o in enumerate(objs):
    o.peer = objs[(i + 2) % 4]
objs.reverse()
del o
del objs
gc.collect()
print("end")
