import gc, weakref

saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "weakref to me now:", wr_box[self.name]() is None)
        saved.append(self)

wr_box = {}
p = Phoenix("cyc")
p.me = p
wr_box["cyc"] = weakref.ref(p)
del p
gc.collect()
print("resurrected:", [s.name for s in saved])
print("old weakref still dead:", wr_box["cyc"]() is None)
print("new weakref works:", weakref.ref(saved[0])() is saved[0])
q = Phoenix("rc")
wr_box["rc"] = weakref.ref(q)
del q
print("refcount path: weakref alive after resurrection:", wr_box["rc"]() is not None)
