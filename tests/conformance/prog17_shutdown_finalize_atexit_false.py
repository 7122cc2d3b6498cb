import weakref, gc

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("R del", self.n)

keep = [R(i) for i in range(3)]
f0 = weakref.finalize(keep[0], print, "finalize 0 (atexit=True)")
f1 = weakref.finalize(keep[1], print, "finalize 1 (atexit=False)")
f1.atexit = False
cyc = R(9)
cyc.me = cyc
f9 = weakref.finalize(cyc, print, "finalize 9 in cycle, alive at exit")
gc.collect()
r = weakref.ref(keep[2], lambda ref: print("weakref callback of R2 at shutdown"))
print("end of main")
