# A for loop keeps its iterable alive through the iterator until the loop
# ends; the loop variable keeps the last item alive after the loop, and each
# rebinding of the variable releases the previous item only if nothing else holds it.
# CPython: ceval.c FOR_ITER, listobject.c list_dealloc.
import gc

gc.disable()


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make():
    return [Obj("i0"), Obj("i1"), Obj("i2")]


for item in make():
    print("visit", item.name)
print("loop done, item is", item.name)
del item
print("fresh objects per iteration")
for n in range(3):
    cur = Obj("cur" + str(n))
    print("made", cur.name)
print("after loop")
del cur
print("end")
