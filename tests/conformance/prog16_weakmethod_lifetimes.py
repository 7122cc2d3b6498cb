import weakref, gc
class Btn:
    def __init__(self, n): self.n = n
    def click(self): return f"click {self.n}"
    def __del__(self): print("Btn del", self.n)
b = Btn(1)
wm = weakref.WeakMethod(b.click, lambda r: print("wm cb", r() is None))
print(wm()(), wm() == b.click, wm() is wm())
wm2 = weakref.WeakMethod(b.click)
print(wm == wm2, hash(wm) == hash(wm2) if False else "nohash-check")
del b
print("dead", wm(), wm == wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print("TypeError", e)
class C:
    @classmethod
    def cm(cls): return "cm"
    @staticmethod
    def sm(): return "sm"
wc = weakref.WeakMethod(C.cm)
print(wc()())
c = Btn(2)
func = Btn.click
m = c.click
wf = weakref.WeakMethod(m)
del m
print(wf() is not None)
del Btn.click
print("func deleted from class", wf() is not None)
del func
print("func gone", wf())
del c
print("end")
