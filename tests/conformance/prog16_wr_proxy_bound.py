import weakref
class C:
    def m(self): return "m called"
    def __repr__(self): return "C()"
c = C()
bm = c.m
p = weakref.proxy(bm)
print(p())
del bm
try:
    p()
except ReferenceError as e:
    print("RefErr", e)
pc = weakref.proxy(c)
print(pc.m())
print(type(pc).__name__, callable(pc))
try:
    pc.nope
except AttributeError as e:
    print("AttrErr", e)
del c
try:
    pc.m
except ReferenceError as e:
    print("RefErr", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeErr", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeErr", e)
try:
    weakref.ref(C(), 5)
except TypeError as e:
    print("TypeErr", e)
x = C()
r = weakref.ref(x, 5)
try:
    del x
except Exception as e:
    print("no")
print("done")
