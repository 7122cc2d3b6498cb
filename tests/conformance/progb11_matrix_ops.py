import math
from numbers import Number

class Vector:
    __slots__ = ("_c",)
    def __init__(self, *comps):
        self._c = tuple(float(c) for c in comps)
    def __repr__(self):
        return f"Vector({', '.join(repr(c) for c in self._c)})"
    def __str__(self):
        return "(" + ", ".join(f"{c:g}" for c in self._c) + ")"
    def __format__(self, spec):
        if spec.endswith("p"):
            spec = spec[:-1]
            r = abs(self)
            ang = math.degrees(math.atan2(self._c[1], self._c[0]))
            return f"<{r:{spec}}, {ang:{spec}}°>"
        return "(" + ", ".join(format(c, spec) for c in self._c) + ")"
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]
    def __eq__(self, o): return isinstance(o, Vector) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __abs__(self): return math.hypot(*self._c)
    def __bool__(self): return any(self._c)
    def __neg__(self): return Vector(*(-c for c in self._c))
    def __pos__(self): return Vector(*self._c)
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(*(a + b for a, b in zip(self, o)))
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        if isinstance(k, Number): return Vector(*(c * k for c in self))
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vector(*(c / k for c in self))
    def __floordiv__(self, k): return Vector(*(c // k for c in self))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __repr__(self): return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Matrix([[-x for x in r] for r in self.rows])
    def __mul__(self, k): return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if isinstance(o, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, o)) for r in self.rows))
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, k):
        r = Matrix.identity(self.n)
        for _ in range(k): r = r @ self
        return r
    @property
    def T(self): return Matrix(list(map(list, zip(*self.rows))))
    def det(self):
        if self.n == 1: return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))

v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), abs(v), v + w, v - w, 2 * v, v * 0.5, v / 3, v // 2, v @ w, -v, +w)
print(f"{v:.2f}|{w:+.1e}|{v:.3p}|{Vector(0, 1):.1fp}")
print(bool(Vector(0, 0)), v == Vector(3.0, 4.0), len({v, Vector(3, 4), w}), sorted([v, w]), max(v, w))
print(sum([v, w], Vector(0, 0)), v[1], v[::-1], list(v), 3 in v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * v
except TypeError as e:
    print("TypeError:", e)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A + B, A - B, 2 * A, A.T, sep="\n--\n")
print(A ** 3)
print(A @ Vector(1, 1), A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
C = Matrix.identity(2); C @= A; C[0, 1] = 9
print(C == A, C[0, 1], repr(C))
try:
    Matrix([[1, 2, 3]]) @ A
except ValueError as e:
    print(e)
print(format(v, ""), format(v, "08.3f"), "{0:>6.1f}".format(w), str(Vector()), repr(Vector()))
