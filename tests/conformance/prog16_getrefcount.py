import sys
class C: pass
c = C()
print(sys.getrefcount(c))
l = [c, c]
print(sys.getrefcount(c))
d = {"a": c}
print(sys.getrefcount(c))
del l
print(sys.getrefcount(c))
def f(x): return sys.getrefcount(x)
print(f(c))
t = (c,)
print(sys.getrefcount(c))
x = object()
print(sys.getrefcount(x))
s = [x]*5
print(sys.getrefcount(x))
del s
print(sys.getrefcount(x))
try:
    sys.getrefcount()
except TypeError as e:
    print(e)
try:
    sys.getrefcount(1, 2)
except TypeError as e:
    print(e)
class M:
    def m(self): pass
mm = M()
bm = mm.m
print(sys.getrefcount(mm))
del bm
print(sys.getrefcount(mm))
