import weakref, gc

saved = []
class Owner:
    def __init__(self, name):
        self.name = name
    def act(self):
        return "act " + self.name
    def __del__(self):
        print("Owner del", self.name)
        saved.append(self)

o = Owner("x")
wm = weakref.WeakMethod(o.act, lambda r: print("WeakMethod callback"))
print(wm()())
del o
print("after del: wm dead?", wm() is None, "saved", [s.name for s in saved])
print("resurrected owner still works:", saved[0].act())
wm2 = weakref.WeakMethod(saved[0].act)
saved.clear()
print("second death, wm2 dead?", wm2() is None)
