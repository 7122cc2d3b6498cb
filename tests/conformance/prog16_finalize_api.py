import weakref, gc
class O:
    def __repr__(self): return "O()"
def cb(*a, **k):
    print("cb", a, sorted(k.items()))
    return "ret"
o = O()
f = weakref.finalize(o, cb, 1, 2, key="v")
print(f.alive, f.atexit)
print(f(), f(), f.alive)
print(f.detach(), f.peek())
o2 = O()
f2 = weakref.finalize(o2, cb, "x")
info = f2.detach()
print(info[0] is o2, info[2:], f2.alive, f2.detach())
del o2
print("o2 gone, no cb")
o3 = O()
f3 = weakref.finalize(o3, cb, "y")
print(f3.peek()[0] is o3)
del o3
print("after del o3", f3.alive, f3())
try:
    weakref.finalize(1, cb)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.finalize()
except TypeError as e:
    print("TypeError", e)
try:
    weakref.finalize(O())
except TypeError as e:
    print("TypeError", e)
o4 = O()
f4 = weakref.finalize(o4, lambda: 1/0)
del o4
print("after zero div")
o5 = O()
fs = [weakref.finalize(o5, print, "fin", i) for i in range(3)]
del o5
print("end", [x.alive for x in fs])
