import sys, gc

class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Obj del", self.n)

def handler():
    o = Obj("local")
    try:
        raise TypeError("t")
    except TypeError:
        info = sys.exc_info()
    return "returned"

res = handler()
gc.collect()
print(res)
print("collected")

def handler2():
    o = Obj("local2")
    try:
        raise TypeError("t")
    except TypeError:
        info = sys.exc_info()
        del info
    return "returned2"
print(handler2())
print("end")
