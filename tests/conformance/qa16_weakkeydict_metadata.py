import weakref, gc

class Widget:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"W({self.name})"

metadata = weakref.WeakKeyDictionary()
ws = [Widget(n) for n in "abc"]
for i, w in enumerate(ws):
    metadata[w] = {"order": i}
print(len(metadata), metadata[ws[1]], ws[0] in metadata)
del ws[0]
print(len(metadata), sorted(w.name for w in metadata))
w = ws.pop()
w.cycle = w
del w
print("before gc", len(metadata))
gc.collect()
print("after gc", len(metadata), list(metadata.keys()))
ws_set = weakref.WeakSet(ws)
extra = Widget("z")
ws_set.add(extra)
print(len(ws_set))
del extra
print(len(ws_set), Widget("q") in ws_set)
vd = weakref.WeakValueDictionary()
k = Widget("k")
vd["k"] = k
print(vd.get("k"), list(vd.items()))
del k
print(vd.get("k", "gone"), len(vd))
try:
    metadata[1] = 2
except TypeError as e:
    print(e)
