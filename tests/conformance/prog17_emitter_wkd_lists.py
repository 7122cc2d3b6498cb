import weakref

class Emitter:
    def __init__(self):
        self.subs = weakref.WeakKeyDictionary()
    def on(self, owner, fn):
        self.subs.setdefault(owner, []).append(fn)
    def emit(self, ev):
        for owner, fns in list(self.subs.items()):
            for fn in fns:
                fn(owner, ev)

class Widget:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Widget del", self.name)

em = Emitter()
w1 = Widget("w1"); w2 = Widget("w2")
em.on(w1, lambda o, e: print(o.name, "got", e))
em.on(w1, lambda o, e: print(o.name, "again", e))
em.on(w2, lambda o, e: print(o.name, "got", e))
em.emit("first")
del w1
print("after del w1:", len(em.subs))
em.emit("second")
bad = Widget("bad")
em.on(bad, lambda o, e, bad=bad: None)
del bad
print("closure keeps key alive:", len(em.subs))
em.subs.clear()
print("end")
