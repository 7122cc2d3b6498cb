class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

first = D("first")
second = D("second")
_private = D("_private")
lst = [D("in-list-1"), D("in-list-2")]
mapping = {"k": D("in-dict")}
class Owner:
    attr = D("class-attr")
    def __del__(self): print("Owner instance del")
o = Owner()
a = D("cyc-a"); b = D("cyc-b"); a.peer = b; b.peer = a
del a, b
def func(x=D("default-arg")):
    pass
gen = (D(f"gen-{i}") for i in range(3))
next(gen)
print("end")
