# function.__get__ binds a function to an object by hand (func_descr_get):
# the bound method holds the object, as a method read from a class does;
# its errors; types.MethodType is that same type.
import types, gc, sys

class Widget:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def describe(self, prefix="widget"):
    return f"{prefix} {self.name}"

w = Widget("w1")
bound = describe.__get__(w)
print(bound(), bound("item"), bound.__self__ is w, bound.__func__ is describe)
print(type(bound) is types.MethodType, describe.__get__(None, Widget) is describe, describe.__get__(None) is describe)
print(describe.__get__(w, Widget)())
w.describe = describe.__get__(w)
print(w.describe())
del bound
del w
print("w deleted: the bound method stored on it closes a cycle")
print("collect:", gc.collect())

for args in [(), (1, 2, 3), (None, None)]:
    try:
        describe.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)

class Plugin:
    pass
def hello(self):
    return "hello from " + type(self).__name__
p = Plugin()
m = types.MethodType(hello, p)
print(m(), type(m).__name__)
lam = (lambda self, n: self * n).__get__(3)
print(lam(4), lam.__self__)
