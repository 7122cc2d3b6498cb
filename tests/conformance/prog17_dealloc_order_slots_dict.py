class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class S:
    __slots__ = ("b", "a", "c", "__dict__")

s = S()
s.c = D("slot c"); s.a = D("slot a"); s.b = D("slot b")
s.z = D("dict z"); s.y = D("dict y")
print("drop slotted instance")
del s

class Sub(S):
    __slots__ = ("sub1",)
t = Sub()
t.sub1 = D("sub slot"); t.a = D("base slot a"); t.x = D("dict x")
print("drop subclass instance")
del t

class P:
    pass
p = P()
p.first = D("first"); p.second = D("second"); p.third = D("third")
del p.second
p.second = D("second again")
print("replace __dict__")
p.__dict__ = {"n": D("new dict value")}
print("drop plain instance")
del p
print("end")
