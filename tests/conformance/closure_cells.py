# __closure__ cells: cell_contents reads and writes the shared variable; an empty cell is a
# ValueError; a closure referring to itself is a cycle only the collector frees.
import gc
import weakref
gc.disable()
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def outer():
    big = D("big")
    def inner():
        return big.n
    return inner
f = outer()
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents.n, f())
cell.cell_contents = D("replacement")
print("after set", f())
del cell
wf = weakref.ref(f)
del f
print("closure gone", wf())
def empty():
    x = 1
    def g():
        return x
    del x
    return g
try:
    empty().__closure__[0].cell_contents
except ValueError as e:
    print("ValueError", e)
def rec():
    me_data = D("rec data")
    def me():
        return me, me_data
    return weakref.ref(me)
wr = rec()
print("self-referencing closure alive:", wr() is not None)
print("collected", gc.collect() > 0)
print(wr())
