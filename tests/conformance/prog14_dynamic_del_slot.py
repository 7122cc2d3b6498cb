import gc

class Thing:
    def __init__(self, n):
        self.n = n

a = Thing(1)
Thing.__del__ = lambda self: print("late __del__", self.n)
del a
b = Thing(2)
del Thing.__del__
del b
print("no del after removal")
class Base:
    pass
class Child(Base):
    def __init__(self, n):
        self.n = n
c = Child(3)
Base.__del__ = lambda self: print("inherited late __del__", self.n)
del c
class Mixin:
    def __del__(self):
        print("mixin del", getattr(self, "n", "?"))
        sup = super()
        if hasattr(sup, "__del__"):
            sup.__del__()
class Final(Mixin, Child):
    pass
f = Final(4)
del f
gc.disable()
x = Child(5); x.me = x
del x
print("collect with inherited del")
gc.collect()
def setter(self, v):
    print("setattr hook", v)
    object.__setattr__(self, "v", v)
Child.__setattr__ = setter
y = Child(6)
print(y.__dict__)
del Child.__setattr__
y.n = 7
print(y.n)
del Base.__del__
del y
print("end")
gc.enable()
