import gc

class Bad:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Bad del start", self.n)
        raise ValueError("in del %d" % self.n)

b = Bad(1)
del b
print("continued after 1")
lst = [Bad(2), Bad(3)]
lst = None
print("continued after list")
c = Bad(4); c.me = c
del c
gc.collect()
print("continued after gc")
def f():
    x = Bad(5)
    return 7
print(f())
print("end")
