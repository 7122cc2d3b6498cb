# copy and deepcopy of objects with __del__, a self reference and nested
# lists: shared vs copied parts, the memo dict keeping copies alive until
# it goes, __reduce__ and __getstate__/__setstate__ hooks, and what
# gc.collect() frees at the end.
import copy, weakref, gc
class Tracked:
    count = 0
    def __init__(self, name, items=None):
        self.name = name; self.items = items or []
        Tracked.count += 1
    def __repr__(self): return f"T({self.name}, {self.items})"
    def __del__(self): print("del", self.name)
orig = Tracked("orig", [Tracked("child")])
orig.self_ref = orig
shallow = copy.copy(orig); shallow.name = "shallow"
deep = copy.deepcopy(orig); deep.name = "deep"; deep.items[0].name = "deep-child"
print(shallow.items is orig.items, deep.items is orig.items, deep.self_ref is deep, shallow.self_ref is orig)
memo = {}
d1 = copy.deepcopy([orig, orig], memo)
print(d1[0] is d1[1], id(orig) in memo, len(memo) > 0)
d1[0].name = "memo-copy"; d1[0].items[0].name = "memo-child"
del d1, memo
print("freed memo copy:", gc.collect() > 0)
class Reducer:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Reducer, (self.v * 10,))
print(copy.copy(Reducer(1)).v, copy.deepcopy(Reducer(2)).v)
class WithState:
    def __init__(self): self.a = 1; self.cache = {"x": 1}
    def __getstate__(self):
        s = self.__dict__.copy(); del s["cache"]; return s
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = {}
ws = copy.deepcopy(WithState()); print(ws.a, ws.cache)
del orig, shallow, deep
print("collect", gc.collect())
