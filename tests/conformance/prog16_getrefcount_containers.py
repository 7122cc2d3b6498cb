import sys
class C: pass
c = C()
base = sys.getrefcount(c)
d = {c: c}
print(sys.getrefcount(c) - base)
s = {c}
print(sys.getrefcount(c) - base)
t = [c] * 3
print(sys.getrefcount(c) - base)
del d, s, t
print(sys.getrefcount(c) - base)
def g():
    yield c
it = g(); next(it)
print(sys.getrefcount(c) - base)
del it
m = c.__init__
print(sys.getrefcount(c) - base)
del m
f = lambda: c
print(sys.getrefcount(c) - base)
