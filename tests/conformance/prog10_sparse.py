"""A sparse matrix with dict keys and __missing__."""


class Zeros(dict):
    def __missing__(self, key):
        return 0


class Sparse:
    def __init__(self, rows, cols, entries=None):
        self.rows = rows
        self.cols = cols
        self.data = Zeros()
        for (r, c), v in (entries or {}).items():
            self[r, c] = v

    def _check(self, r, c):
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"({r}, {c}) out of range for {self.rows}x{self.cols}")

    def __getitem__(self, key):
        r, c = key
        self._check(r, c)
        return self.data[key]

    def __setitem__(self, key, value):
        r, c = key
        self._check(r, c)
        if value == 0:
            self.data.pop(key, None)
        else:
            self.data[key] = value

    def __add__(self, other):
        if (self.rows, self.cols) != (other.rows, other.cols):
            return NotImplemented
        out = Sparse(self.rows, self.cols, self.data)
        for k, v in other.data.items():
            out[k] = out[k] + v
        return out

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Sparse(self.rows, self.cols, {k: v * other for k, v in self.data.items()})
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise ValueError("shape mismatch")
        out = Sparse(self.rows, other.cols)
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, ()):
                out[r, c] = out[r, c] + v * w
        return out

    def transpose(self):
        return Sparse(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})

    def __eq__(self, other):
        return isinstance(other, Sparse) and self.data == other.data and self.rows == other.rows

    def __len__(self):
        return len(self.data)

    def __str__(self):
        return "\n".join(" ".join(f"{self[r, c]:3}" for c in range(self.cols)) for r in range(self.rows))

    def __repr__(self):
        return f"Sparse({self.rows}x{self.cols}, nnz={len(self)})"


a = Sparse(3, 3, {(0, 0): 1, (1, 2): 5, (2, 1): -2})
b = Sparse(3, 3, {(0, 0): 4, (1, 1): 1, (2, 1): 2})
print(a, "", b, sep="\n")
print(repr(a + b), (a + b).data)
print(a + b)
print(2 * a == a * 2, repr(a * 0))
print(a @ b)
print(a.transpose())
print(a @ a.transpose() == (a @ a.transpose()).transpose())
try:
    a[3, 0]
except IndexError as e:
    print("IndexError:", e)
try:
    a @ Sparse(2, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a + Sparse(2, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    a * "x"
except TypeError as e:
    print("TypeError:", e)
z = Zeros(a=1)
print(z["a"], z["b"], "b" in z, z.get("b"), len(z))


class Counting(dict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v


cnt = Counting()
print([cnt[w] for w in "a b a c b d".split()], cnt)
ident = Sparse(4, 4, {(i, i): 1 for i in range(4)})
print(sorted(ident.data), len(ident @ ident))
