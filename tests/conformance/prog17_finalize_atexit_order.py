import weakref, atexit

class R:
    def __init__(self, n):
        self.n = n

def report(msg):
    print("finalize:", msg)

objs = [R(i) for i in range(4)]
fs = [weakref.finalize(o, report, "obj%d" % o.n) for o in objs]
fs[1].atexit = False
atexit.register(print, "atexit handler 1")
fs[2].detach()
atexit.register(print, "atexit handler 2")
del objs[3]
print("alive", [f.alive for f in fs])
print("end of main")
