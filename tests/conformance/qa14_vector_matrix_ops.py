# An ordinary program (qa14 sweep): slotted Vector and Matrix classes with
# operator overloading (@, **, reflected *), Fraction determinants, and an
# AttributeError on a slotted instance at the end.
from fractions import Fraction
import math

class Vector:
    __slots__ = ("xs",)
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __add__(self, o): return Vector(*(a + b for a, b in zip(self.xs, o.xs)))
    def __sub__(self, o): return Vector(*(a - b for a, b in zip(self.xs, o.xs)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return Vector(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return math.hypot(*self.xs)
    def __eq__(self, o): return isinstance(o, Vector) and self.xs == o.xs
    def __hash__(self): return hash(self.xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __repr__(self): return f"Vector{self.xs}"
    def __bool__(self): return any(self.xs)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(self.m)) for j in range(o.m)] for i in range(self.n)])
    def __pow__(self, e):
        r = Matrix.identity(self.n)
        b = self
        while e:
            if e & 1: r = r @ b
            b = b @ b
            e >>= 1
        return r
    def T(self): return Matrix(zip(*self.rows))
    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n, d = self.n, Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None: return Fraction(0)
            if p != c: a[c], a[p] = a[p], a[c]; d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * w, 2 * v, -v, abs(Vector(3, 4)))
print(v == Vector(1, 2, 3), {v, Vector(1, 2, 3)}, bool(Vector(0, 0)), len(v), v[1], list(v))
fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
print((fib ** 90).rows[0][1])
m = Matrix([[2, -1, 0], [1, 3, 2], [0, 5, -4]])
print(m.T())
print(m.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix([[Fraction(1, 2), 1], [1, 3]]).det())
print(m @ Matrix.identity(3) == m)
try:
    m @ fib
except ValueError as e:
    print(e)
print(Vector(1.5, 2) * 0.1)
v.extra = 1
