import traceback, gc

class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Obj del", self.n)

def level2():
    b = Obj("b")
    raise RuntimeError("x")

def level1():
    a = Obj("a")
    level2()

try:
    level1()
except RuntimeError as e:
    saved = e

print("clearing frames")
traceback.clear_frames(saved.__traceback__)
print("cleared")
tb = saved.__traceback__
n = 0
while tb is not None:
    n += 1
    tb = tb.tb_next
print("tb depth", n)
del saved
print("end")
