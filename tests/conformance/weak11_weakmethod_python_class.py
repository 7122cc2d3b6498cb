import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name
    def __del__(self):
        print("del", self.name)

def report(wm):
    print("callback:", type(wm).__name__, wm() is None, wm._alive)

a = Obj("a")
wm = weakref.WeakMethod(a.hello, report)
print(wm()(), wm._alive, type(wm._func_ref).__name__)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(Obj.hello))
print(gc.is_tracked(wm))
print(len(gc.get_referents(wm)) >= 1)
r = weakref.ref(wm)
print(r() is wm)
del a
print("after del a", wm(), r() is wm)
b = Obj("b")
w1 = weakref.WeakMethod(b.hello)
w2 = weakref.WeakMethod(b.hello)
s = {w1}
print(w2 in s, w1 == w2, w1 != w2, w1 == b.hello, w1 != 5)
class Sub(weakref.WeakMethod):
    __slots__ = ()
    def __call__(self):
        m = super().__call__()
        return m and ("wrapped", m())
w3 = Sub(b.hello)
print(w3(), w3 == w1, isinstance(w3, weakref.ref))
try:
    weakref.WeakMethod(Obj.hello)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(b.hello, None, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    w1.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(repr(w1).startswith("<weakref at"), "to 'Obj'" in repr(w1))
def f(): pass
class C:
    def m(self): pass
c = C()
wm_c = weakref.WeakMethod(c.m)
C.m = lambda self: 1
gc.collect()
print("func gone", wm_c(), wm_c._alive)
del b
print("end")


# WeakMethod's methods are Python functions of weakref.py, with its frames.
print(type(weakref.WeakMethod.__call__).__name__, weakref.WeakMethod.__eq__.__qualname__)
print(weakref.WeakMethod.__slots__, weakref.WeakMethod.__hash__ is weakref.ref.__hash__)
print([k for k in weakref.WeakMethod.__dict__ if not k.startswith('__doc')])
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
