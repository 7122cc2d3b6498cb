import gc

class C:
    def __init__(self, n):
        self.n = n

a = C(1)
C.__del__ = lambda self: print("late __del__", self.n)
del a
b = C(2)
del C.__del__
del b
print("no del for b")
c = C(3)
c.__del__ = lambda: print("instance attr __del__ ignored")
del c
class D(C):
    pass
C.__del__ = lambda self: print("inherited late __del__", self.n)
d = D(4)
del d
class Getattr:
    def __getattr__(self, name):
        print("getattr asked", name)
        raise AttributeError(name)
g = Getattr()
del g
print("class assignment:")
class E:
    def __del__(self):
        print("E del")
class F:
    def __del__(self):
        print("F del")
e = E()
e.__class__ = F
del e
print("end")
