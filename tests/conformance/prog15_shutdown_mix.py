import atexit, weakref, gc

class Res:
    def __init__(self, name): self.name = name
    def __del__(self): print("Res.__del__", self.name)

def at1(): print("atexit 1")
def at2(arg): print("atexit 2", arg)
atexit.register(at1)
atexit.register(at2, "x")
atexit.register(at2, "removed")
atexit.unregister(at2)

keep = Res("keep")
f_keep = weakref.finalize(keep, print, "finalize keep (at exit)")
drop_later = Res("later")
f_peek = weakref.finalize(drop_later, print, "finalize later")
obj_cycle = Res("cycle"); obj_cycle.me = obj_cycle
f_cycle = weakref.finalize(obj_cycle, print, "finalize cycle")
del obj_cycle
noexit = Res("noexit")
f_noexit = weakref.finalize(noexit, print, "finalize noexit")
f_noexit.atexit = False

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally at exit")
g = gen(); next(g)

@atexit.register
def last_registered():
    print("atexit last registered (runs first)", f_keep.alive, f_peek.peek() is not None)

print("main done")
