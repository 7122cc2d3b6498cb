class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def _zip(self, other, op):
        if isinstance(other, Matrix):
            if (self.n, self.m) != (other.n, other.m):
                raise ValueError(f"shape mismatch: {(self.n, self.m)} vs {(other.n, other.m)}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self._zip(o, lambda a, b: b + a)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._zip(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)

    def __matmul__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.m != o.n:
            raise ValueError("inner dimensions differ")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(self.m)) for j in range(o.m)] for i in range(self.n)])

    def __imatmul__(self, o):
        r = self @ o
        self.rows, self.n, self.m = r.rows, r.n, r.m
        return self

    def __neg__(self): return self * -1
    def __pos__(self): return self
    def __abs__(self): return Matrix([[abs(x) for x in r] for r in self.rows])
    def __round__(self, nd=None):
        return Matrix([[round(x, nd) if nd is not None else round(x) for x in r] for r in self.rows])
    def __pow__(self, k, mod=None):
        if not isinstance(k, int) or k < 0:
            return NotImplemented
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        if mod is not None:
            result = Matrix([[x % mod for x in r] for r in result.rows])
        return result
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return self.n
    def __bool__(self):
        return any(any(r) for r in self.rows)
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0.5, -1], [2, 0]])
print(a + b, a - b, 2 * a, a * 3, 1 - a, sep="\n")
print(a @ b)
print(round(a / 3, 3))
print(round(b))
print(-a, +a, abs(-a))
fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10, pow(fib, 30, 1000))
c = Matrix([[1, 2], [3, 4]])
c @= Matrix.identity(2)
print(c == a, c is a, c != b)
print(a[1, 0], len(a), bool(Matrix([[0, 0]])), bool(a))
a[0, 0] = 9
print(a, list(a), a.T())
try:
    a + Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    a @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a ** -1
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)
print(sum([a, a], Matrix([[0, 0], [0, 0]])))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
class Money:
    def __init__(self, c): self.c = c
    def __divmod__(self, n): return (Money(self.c // n), Money(self.c % n))
    def __rdivmod__(self, n): return ("r", n, self.c)
    def __repr__(self): return f"Money({self.c})"
print(divmod(Money(1003), 4), divmod(10, Money(3)))
