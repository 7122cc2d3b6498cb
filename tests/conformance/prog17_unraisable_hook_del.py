import sys, gc, weakref

def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, "|", u.err_msg, "|", type(u.object).__name__,
          u.exc_traceback is not None)

sys.unraisablehook = hook

class Bad:
    def __del__(self):
        raise KeyError("del")

b = Bad()
del b

class T: pass
t = T()
r = weakref.ref(t, lambda ref: 1 / 0)
del t

def gen():
    try:
        yield 1
    finally:
        raise ValueError("gen finally")
g = gen(); next(g)
del g

c = Bad(); c.me = c
del c
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("end")
