import weakref
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __eq__(self, o): return isinstance(o, V) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
    def __len__(self): return self.v
    def __iter__(self): return iter(range(self.v))
    def __getitem__(self, i): return i * 10
    def __contains__(self, x): return x == 1
    def __bool__(self): return self.v > 0
    def __repr__(self): return f"V({self.v})"
    def __str__(self): return f"<{self.v}>"
    def __hash__(self): return self.v
    def __call__(self, *a): return a
    def __neg__(self): return V(-self.v)
    def __index__(self): return self.v
x = V(3)
p = weakref.proxy(x)
print((p + 1).v, (1 + p).v, (p + p).v, p == V(3), p < V(5), len(p), list(p), p[2], 1 in p, bool(p))
print(str(p), (-p).v, p(1, 2), [10, 20, 30, 40][p])
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
p += 2
print(type(p).__name__, x.v)
q = weakref.proxy(x)
print(q is weakref.proxy(x), q == x)
print(repr(p).startswith("<weakproxy at"), "to V at" in repr(p))
del x
for op in [lambda: p.v, lambda: str(p), lambda: len(p), lambda: p + 1, lambda: bool(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
print(repr(q).startswith("<weakproxy at") and "dead" in repr(q))
