# locals() in a function fills one dict kept by the frame (f_locals): values
# it saw stay alive until the next locals() call or the return, where the
# dict is released after the fast locals.
# CPython: frameobject.c PyFrame_FastToLocalsWithError, frame.c _PyFrame_Clear.
# locals() stores a snapshot dict on the frame: it keeps rebound values alive until the next locals() or return
import gc
gc.disable()
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    x = T("a")
    locals()
    x = T("b")
    print("rebound x")
    locals()
    print("after second locals()")
    x = T("c")
    print("returning")
f()
print("end")
