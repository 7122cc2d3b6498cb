# Frames kept alive by tracebacks from with blocks: f_locals of the frame that
# raised, frame.clear() of a finished frame, clearing a running or suspended
# frame (RuntimeError), multiple with items with a NameError in the third,
# and with-targets that are attributes and subscripts.
import sys, gc, traceback
class T:
    def __init__(s, n): s.n = n
    def __del__(s): print("del T", s.n)
class CM:
    def __enter__(s): return T("enter-value")
    def __exit__(s, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        if ev is not None:
            s.saved = tb
        return False
def work():
    local = T("local")
    with CM() as v:
        raise ValueError("in work")
cm = None
try:
    work()
except ValueError as e:
    print("caught", e)
    err = e
print("after except")
fr = err.__traceback__.tb_next.tb_frame
print(sorted(k for k in fr.f_locals), fr.f_locals["local"].n)
del fr
err = None
print("err dropped")
def keep():
    x = T("kept-by-tb")
    1 / 0
try:
    keep()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
print("tb alive, frame locals:", list(tb.tb_next.tb_frame.f_locals))
tb.tb_next.tb_frame.clear()
print("cleared")
del tb
def running_clear():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RE", e)
running_clear()
def gen_frame():
    yield sys._getframe()
g = gen_frame(); f = next(g)
try: f.clear()
except RuntimeError as e: print("RE2", e)
g.close(); f.clear(); print("ok cleared suspended->closed")
traceback.clear_frames(None)
class Multi:
    def __init__(s, name): s.name = name
    def __enter__(s): print("enter", s.name); return s
    def __exit__(s, *exc): print("exit", s.name, exc[0].__name__ if exc[0] else None); return s.name == "swallow"
with Multi("swallow"), Multi("inner"):
    raise RuntimeError
print("swallowed")
try:
    with Multi("a"), Multi("b") as b, Multi(undefined_name):
        pass
except NameError as e:
    print("NE", e)
with Multi("x") as (p):
    print(p.name)
class Target: pass
t = Target()
with Multi("attr") as t.attr:
    print(t.attr.name)
d = {}
with Multi("sub") as d["k"]:
    pass
print(list(d))
