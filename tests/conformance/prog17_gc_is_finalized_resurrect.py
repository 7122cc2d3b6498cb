import gc

saved = []
class R:
    def __del__(self):
        print("R del")
        saved.append(self)

r = R()
print(gc.is_finalized(r))
del r
print(gc.is_finalized(saved[0]))
x = saved.pop()
x.me = x
del x
gc.collect()
print("no second del; saved", saved)
class P:
    pass
p = P()
print(gc.is_finalized(p), gc.is_finalized(1))
try:
    gc.is_finalized()
except TypeError as e:
    print("TypeError:", e)
