import sys
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("T del", self.n)
def raiser(n):
    t = T(n)
    raise ValueError(n)
try:
    raiser(1)
except ValueError:
    print("in handler", sys.exc_info()[1].args)
print("after handler", sys.exc_info())
def nested():
    try:
        raiser(2)
    except ValueError:
        try:
            raiser(3)
        except ValueError:
            print("inner", sys.exc_info()[1].args)
        print("outer again", sys.exc_info()[1].args)
nested()
print("after nested")
e = None
try:
    raiser(4)
except ValueError as exc:
    e = exc
print("kept", e.args)
e = None
print("end")
