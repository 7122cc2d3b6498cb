# The frame that catches an exception is in its traceback: storing the
# exception keeps that frame (and its locals) alive after the function
# returns -- a frame <-> traceback cycle the collector reclaims.
# CPython: ceval.c exception_unwind (PyTraceBack_Here), frame.c take_ownership.
import gc
gc.disable()
class T:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    y = T("f-local")
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
    print("f returning")
f()
print("f returned")
gc.collect()
print("end1")
saved = []
def g():
    z = T("g-local")
    raise KeyError("k")
def h():
    w = T("h-local")
    try:
        g()
    except KeyError as e:
        saved.append(e)
    print("h returning")
h()
print("h returned")
saved.clear()
print("cleared")
def k():
    q = T("k-local")
    try:
        raise ValueError("x")
    except ValueError:
        print("handled")
    print("k returning")
k()
print("end")
