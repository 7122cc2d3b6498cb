# atexit handlers and weakref.finalize at exit: LIFO order, finalize's
# atexit=False, detach/peek, unregister, and what dies after the handlers.
import atexit, weakref, gc, sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def bye(tag):
    print("atexit", tag)

atexit.register(bye, "first")
r1 = Res("r1")
f1 = weakref.finalize(r1, print, "finalize r1")
atexit.register(bye, "second")
r2 = Res("r2")
f2 = weakref.finalize(r2, print, "finalize r2")
f3 = weakref.finalize(Res("temp"), print, "finalize temp")
print("alive", f1.alive, f3.alive)
f2.atexit = False
@atexit.register
def decorated():
    print("decorated handler")
def unreg():
    print("never")
atexit.register(unreg)
atexit.unregister(unreg)
cache = weakref.WeakValueDictionary()
cache["r1"] = r1
print(f1.peek()[1:], f1.detach() is not None, f1.alive)
print("end of main")
