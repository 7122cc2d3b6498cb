import sys

class O:
    pass

o = O()
print("global", sys.getrefcount(o))
lst = [o, o]
print("in list twice", sys.getrefcount(o))
d = {"a": o, o: 1}
print("dict key+value", sys.getrefcount(o))
t = (o,)
print("tuple", sys.getrefcount(o))
o.self = o
print("self attr", sys.getrefcount(o))
def f(x):
    return sys.getrefcount(x)
print("param", f(o))
def g(*args):
    return sys.getrefcount(args[0])
print("star arg", g(o))
for item in [o]:
    print("loop var", sys.getrefcount(item))
del lst, d, t
o.self = None
print("back", sys.getrefcount(o))
m = o.__init__
print("bound method holds self", sys.getrefcount(o))
del m
print(sys.getrefcount(O) > 3)
print("temp list", sys.getrefcount([o]), sys.getrefcount(o))
