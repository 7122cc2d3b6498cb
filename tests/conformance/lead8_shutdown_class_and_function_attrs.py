# At exit, module globals are garbage collected together (finalize_modules'
# _PyGC_CollectNoFail): the __del__ of objects held by class attributes, function
# attributes and plain globals run in the order the collector finds them, which
# follows type_new's allocation order (the namespace copy before the type object).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

class Holder:
    x = D("classattr")
    y = [D("in class list")]

class Second(Holder):
    z = D("subclass attr")
    def method(self):
        return self

def f():
    pass
f.attr = D("funcattr")

def g():
    return Holder
g.attr = D("gattr")

cyc = D("cycle"); cyc.me = cyc
plain = D("plain")
print("end of main")
