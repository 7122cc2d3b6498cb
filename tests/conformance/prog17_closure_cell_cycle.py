import gc

class Tag:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Tag del", self.n)

def make_counter(n):
    t = Tag(n)
    def inc():
        nonlocal t
        return t.n
    inc.ref = inc
    return inc

f = make_counter(1)
print(f(), f.__closure__[0].cell_contents.n)
print("dropping f (cycle via f.ref)")
del f
gc.collect()
print("collected")

def recursive(n):
    t = Tag(n)
    def rec(k):
        return 0 if k == 0 else rec(k - 1) + t.n
    return rec

r = recursive(2)
print(r(3))
cell = r.__closure__
print(len(cell), sorted(type(c.cell_contents).__name__ for c in cell))
print("dropping self-referencing closure")
del r, cell
gc.collect()
print("end")
