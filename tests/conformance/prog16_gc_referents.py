import gc
class P:
    def __init__(self): self.a = [1]; self.b = "s"
p = P()
refs = gc.get_referents(p)
print([type(r).__name__ for r in refs])
print(sorted(gc.get_referents(p.__dict__), key=repr))
print(gc.get_referents(1, "x", 2.0))
print(sorted(map(repr, gc.get_referents([1, "a", None]))))
print(len(gc.get_referents((1, 2), [3])))
def f(x):
    def inner(): return x
    return inner
fn = f(5)
cells = [r for r in gc.get_referents(fn) if type(r).__name__ == "tuple"]
print(len(cells))
lst = []
holder = [lst]
rs = gc.get_referrers(lst)
print(len([r for r in rs if r is holder]))
d = {"k": lst}
print(any(r is d for r in gc.get_referrers(lst)))
print(type(gc.get_referents(P)[0]).__name__ if gc.get_referents(P) else None)
