import sys, inspect, traceback, gc

def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno > 0, sorted(f.f_locals)

def caller():
    local_a = 1
    return who_called()
print(caller())
def depth():
    return len(inspect.stack())
def nested(n):
    return depth() if n == 0 else nested(n - 1)
print(nested(3) - nested(0))
def gen():
    x = 1
    y = yield x
    yield y
g = gen()
print(g.gi_frame.f_lineno > 0, g.gi_suspended, g.gi_frame.f_locals)
next(g)
print(g.gi_suspended, g.gi_frame.f_locals, g.gi_yieldfrom)
def outer():
    yield from gen()
o = outer(); next(o)
print(type(o.gi_yieldfrom).__name__)
stack = traceback.extract_stack()
print(stack[-1].name, len(stack))
class Big:
    def __del__(self): print("Big freed")
def leaky():
    b = Big()
    return sys._getframe()
fr = leaky()
print("frame held:", fr.f_code.co_name, "b" in fr.f_locals)
fr.clear()
print("after clear", fr.f_locals)
del fr
def active():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print(e)
active()
class Noisy:
    def __del__(self):
        raise ValueError("in del")
n = Noisy()
del n
print("continues after del error")
import weakref
class T: pass
t = T()
r = weakref.ref(t, lambda ref: 1 / 0)
del t
print("continues after callback error")
def tb_walk():
    try:
        nested_raise(2)
    except Exception as e:
        return [(fs.name, fs.lineno > 0) for fs, _ in traceback.walk_tb(e.__traceback__)]
def nested_raise(n):
    if n == 0: raise KeyError(n)
    nested_raise(n - 1)
print(tb_walk())
print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_back)
