import atexit, weakref, sys
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("Res del", self.n)
r1 = Res(1)
r2 = Res(2)
weakref.finalize(r1, print, "finalize r1")
atexit.register(print, "atexit A")
def late():
    print("atexit B sees r2", r2.n)
atexit.register(late)
atexit.register(print, "atexit C")
atexit.unregister(print)
print("main ends")
sys.exit(3)
