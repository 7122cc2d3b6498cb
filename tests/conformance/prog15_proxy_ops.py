import weakref, operator

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __iter__(self):
        return iter((self.x, self.y))
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __call__(self, z):
        return self.x + self.y + z
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    __hash__ = None

v = Vec(1, 2)
p = weakref.proxy(v)
print(p + Vec(1, 1), p * 3, 2 * p, -p)
print(p == Vec(1, 2), p < Vec(5, 5), len(p), list(p), p[1], p(10))
print(bool(p), 2 in p, 5 in p)
print(repr(p).startswith("<weakproxy at"), type(p).__name__)
print(str(p))
q = p
q += Vec(10, 10)
print(type(q).__name__, v)
print(operator.add(p, Vec(0, 1)))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

def f(a, b=2):
    return a * b
fp = weakref.proxy(f)
print(fp(3), fp(3, b=4), type(fp).__name__)
print(callable(fp), callable(p))

class Cnt:
    def __init__(self): self.n = 0
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 1.5
c = Cnt()
cp = weakref.proxy(c)
print([0, 1, 2, 3, 4][cp], int(cp), float(cp))
del v
try:
    p + Vec(1, 1)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
print(repr(p).startswith("<weakproxy at") and "dead" in repr(p))
try:
    bool(p)
except ReferenceError as e:
    print("bool ReferenceError:", e)
