import functools, operator, gc, sys

class Obj:
    def __init__(self, n):
        self.n = n
    def greet(self, who):
        return "%d greets %s" % (self.n, who)
    def __repr__(self):
        return "Obj(%d)" % self.n
    def __del__(self):
        print("Obj del", self.n)

o = Obj(1)
p = functools.partial(Obj.greet, o)
print(p("x"))
del o
print("partial keeps obj")
del p
print("---")
mc = operator.methodcaller("greet", Obj(2))
print(mc(Obj(3)))
del mc
print("---")
o4 = Obj(4)
ag = operator.attrgetter("n")
print(ag(o4), sys.getrefcount(o4))
o4.p = functools.partial(print, o4)
print("partial cycle")
del o4
gc.collect()
print("end")
