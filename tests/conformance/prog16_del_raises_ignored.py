import gc
class Bad:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("Bad del", self.n)
        raise ValueError("in del")
b = Bad(1)
del b
print("continued 1")
x = [Bad(2), Bad(3)]
x = None
print("continued 2")
c = Bad(4); c.me = c
del c
print("collect", gc.collect())
def f():
    b = Bad(5)
    return "ret"
print(f())
try:
    raise KeyError("outer")
except KeyError:
    b = Bad(6); del b
    import sys
    print("exc_info still", sys.exc_info()[0].__name__)
print("end")
