# 'Exception ignored in' for an exception raised by a builtin called as a
# weakref callback: it has no traceback of its own, so CPython's
# _PyErr_WriteUnraisableMsg adds the running frame, at the instruction that
# dropped the referent (del, rebinding, a call's end, gc.collect()).
import re
import sys

class ShortPaths:
    name = __file__.rsplit("/", 1)[-1]
    def write(self, text):
        text = re.sub(r"0x[0-9a-f]+", "0x...", text.replace(__file__, self.name))
        return sys.__stdout__.write(text)
    def flush(self):
        pass
sys.stderr = ShortPaths()
import gc
import weakref

class A:
    pass

a = A()
r1 = weakref.ref(a, len)
del a
print("after del")

b = A()
r2 = weakref.ref(b, int)
b = None
print("after rebinding")

def make():
    c = A()
    c.me = c
    return weakref.ref(c, abs)

r3 = make()
gc.collect()
print("after collect")

def scope():
    d = A()
    keep.append(weakref.ref(d, divmod))
    return 1

keep = []
total = scope() + 1
print("after scope", total)
