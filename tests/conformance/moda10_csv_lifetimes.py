import csv, io, gc
class Src:
    def __init__(self, lines): self.it = iter(lines)
    def __iter__(self): return self
    def __next__(self): return next(self.it)
    def __del__(self): print('src dies')
r = csv.reader(Src(['a,b', 'c']))
print(next(r))
del r
print('after del')
print(gc.is_tracked(csv.get_dialect('excel')), gc.is_tracked(csv.reader([])), gc.is_tracked(csv.writer(io.StringIO())))
w = csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE)
w.writerow(['x,y'])
