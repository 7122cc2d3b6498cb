import weakref, atexit
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("R del", self.n)
def report(n): print("finalize", n)
a = R(1); b = R(2); c = R(3)
fa = weakref.finalize(a, report, 1)
fb = weakref.finalize(b, report, 2)
fc = weakref.finalize(c, report, 3)
fb.atexit = False
atexit.register(lambda: print("atexit 1"))
atexit.register(print, "atexit 2")
print(fa.alive, fa.peek()[0] is a, fa.peek()[2:], fa.atexit)
fd = weakref.finalize(R(4), report, 4)
print("fd alive", fd.alive)
g = weakref.finalize(c, lambda: print("second on c"))
print("main done")
