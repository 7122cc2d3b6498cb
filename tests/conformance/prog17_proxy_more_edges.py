import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __lt__(self, o):
        return self.v < o.v
    def __getitem__(self, i):
        return self.v * i
    def __repr__(self):
        return "Num(%d)" % self.v

n = Num(3)
m = Num(4)
p = weakref.proxy(n, lambda r: print("proxy callback, type", type(r).__name__))
print((p + 1).v, (1 + p).v, p < m, m > p, p[5], isinstance(p, Num), p.__class__.__name__)
p += 10
print(type(p).__name__, n.v)
try:
    weakref.proxy(p)
except TypeError as e:
    print("TypeError:", e)
print(repr(p).startswith("<weakproxy at "), "to Num at" in repr(p))
del n
try:
    bool(p)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p + 1
except ReferenceError as e:
    print("ReferenceError:", e)
print("dead repr:", repr(p).split(" to ")[1])
