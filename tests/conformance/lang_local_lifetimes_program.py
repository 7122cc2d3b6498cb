# When locals die: except-block names, loop variables rebound, del, return in
# try/finally, an unraisable __del__ error, a traceback keeping a frame's
# locals, an exception in a cycle with its frame, list/dict/tuple teardown.
import gc
gc.disable()
class T:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
def f():
    try:
        x = T("in-try")
        raise ValueError("v")
    except ValueError as e:
        y = T("in-except")
        print("handling")
    print("after try")
f()
print("f done")
def g():
    for i in range(2):
        t = T(f"loop{i}")
    print("loop end")
g()
print("g done")
def h():
    t = T("h")
    del t
    print("after del in h")
h()
def ret_in_finally():
    t = T("rf")
    try:
        return t.n
    finally:
        print("finally sees", t.n)
print(ret_in_finally())
class WithDelRaising:
    def __del__(s): raise RuntimeError("del failed")
w = WithDelRaising()
del w
print("continued after unraisable")
def exc_holds():
    try:
        t = T("held-by-tb")
        1/0
    except ZeroDivisionError as e:
        return e
err = exc_holds()
print("have err")
del err
print("err gone")
def cycle_via_exc():
    try:
        1/0
    except ZeroDivisionError as e:
        saved = e
        t = T("cyc")
    return None
cycle_via_exc()
print("collect", gc.collect() > 0)
lst = [T("x"), T("y")]
lst.reverse()
del lst
print("list gone")
d = {"a": T("da"), "b": T("db")}
del d["a"]
print("popped a")
del d
t = (T("t0"), [T("t1")])
del t
print("end")
