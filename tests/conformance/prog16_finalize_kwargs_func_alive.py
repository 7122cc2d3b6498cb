import weakref
class O: pass
class Rec:
    def __init__(self): self.log = []
    def note(self, *a, **k): self.log.append((a, sorted(k.items())))
rec = Rec()
o = O()
f = weakref.finalize(o, rec.note, 1, x=2)
del o
print(rec.log, f.alive)
o2 = O()
try:
    weakref.finalize(o2, rec.note, func=1)
    print("func kw accepted")
except TypeError as e:
    print("TypeError", e)
del o2
print(rec.log)
