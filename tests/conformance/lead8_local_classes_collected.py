# Classes made inside a function are garbage in a cycle when the function
# returns (type <-> its mro tuple); gc.collect() finds them with their
# attribute values, whose __del__ run in the order the collector lists them.
import gc

class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def make(tag):
    class Local:
        attr = D(tag + " class attr")
        def __init__(self):
            self.inst = D(tag + " instance attr")
    class Child(Local):
        other = D(tag + " child attr")
    def helper():
        return Local
    helper.mark = D(tag + " helper attr")
    return Child(), helper

gc.collect()
obj, h = make("first")
print("made")
del obj, h
print("collected", gc.collect())
make("second")
print("collected", gc.collect())
for i in range(3):
    class Tmp:
        val = D("tmp %d" % i)
print("loop done")
print("collected", gc.collect())
