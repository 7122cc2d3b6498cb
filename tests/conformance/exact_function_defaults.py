# Assigning f.__defaults__ and f.__kwdefaults__ takes effect on later calls;
# None (or del) removes them; other types are TypeErrors; the old default
# objects are released when replaced.
import gc
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"D({self.n})"
    def __del__(self):
        print("del", self.n)

def f(x, y=D(1), *, z=D(2)):
    return x, y, z
print(f(0))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10,)
print("defaults replaced")
f.__kwdefaults__ = {"z": 20}
print("kwdefaults replaced")
print(f(0), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (5, 6)
print(f(), f(1))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print("TypeError", e)
for name, bad in [("__defaults__", [1]), ("__kwdefaults__", [1]), ("__defaults__", 3)]:
    try:
        setattr(f, name, bad)
    except TypeError as e:
        print("TypeError", e)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f(0, 1)
except TypeError as e:
    print("TypeError", e)

def g(a, b=2):
    return a + b
g.__defaults__ = (40,)
print(g(2), g.__defaults__)
lam = lambda a=1: a
lam.__defaults__ = ("changed",)
print(lam())
