# At exit: finalizers newest first, atexit=False, detached ones, an atexit
# handler registered after the finalizers, one creating a finalizer during exit.
import weakref, atexit, gc

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj{self.n}"

objs = [Obj(i) for i in range(4)]
fins = [weakref.finalize(o, print, "finalize", o.n) for o in objs]
fins[1].atexit = False
atexit.register(print, "atexit registered after finalizers")
fins[2].detach()
e = weakref.finalize(objs[3], lambda: print("extra on obj3"))
print([f.alive for f in fins], e.alive)
print(fins[0].peek()[1:], fins[2].peek())
def late():
    print("atexit: creating a finalizer during exit")
    o = Obj(99)
    objs.append(o)
    weakref.finalize(o, print, "late finalize")
atexit.register(late)
print("end")
