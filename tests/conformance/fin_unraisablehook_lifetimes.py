# sys.unraisablehook: what the hook receives for __del__, weakref callbacks,
# gc callbacks, generators and atexit; and what an UnraisableHookArgs that the
# hook keeps holds alive (the exception, its traceback, the frame's locals).
import sys, gc, weakref, atexit

class Payload:
    def __init__(self, name): self.name = name
    def __del__(self): print("del Payload", self.name)

class Faulty:
    def __init__(self, name): self.name = name
    def __del__(self):
        local = Payload("local of " + self.name)
        raise ValueError("cannot close " + self.name)

captured = []
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__,
          u.exc_traceback.tb_frame.f_code.co_name if u.exc_traceback else None)
    if keep:
        captured.append(u)

keep = False
sys.unraisablehook = hook
Faulty("a")
print("after a")
keep = True
Faulty("b")
print("after b: captured", len(captured))
print(type(captured[0]).__name__, len(captured[0]), captured[0][1] is captured[0].exc_value)
fr = captured[0].exc_traceback.tb_frame
print(sorted(fr.f_locals))
del fr
captured.clear()
print("cleared")
keep = False
class Obj: pass
o = Obj()
r = weakref.ref(o, lambda ref: {}["missing"])
del o
armed = False
def gcb(phase, info):
    if armed and phase == "stop":
        raise RuntimeError("gc callback")
gc.callbacks.append(gcb)
armed = True
gc.collect()
armed = False
gc.callbacks.remove(gcb)
def gen():
    try:
        yield 1
    finally:
        raise IndexError("generator cleanup")
g = gen(); next(g); del g
def failing_hook(u):
    print("failing hook called for", u.exc_value)
    raise TypeError("hook broke")
sys.unraisablehook = failing_hook
Faulty("c")
print("after c")
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
Faulty("d")
try:
    sys.unraisablehook(1)
except TypeError as e:
    print("TypeError:", e)
sys.unraisablehook = hook
atexit.register(lambda: 1 / 0)
print("end")
