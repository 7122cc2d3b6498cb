"""A vector/matrix class with the numeric data model, format and hashing."""
import math
from functools import total_ordering
from numbers import Number
from collections.abc import Sequence


@total_ordering
class Vec(Sequence):
    __slots__ = ("_c",)
    __match_args__ = ("x", "y")

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], Number):
            components = tuple(components[0])
        self._c = tuple(float(c) for c in components)

    x = property(lambda self: self._c[0])
    y = property(lambda self: self._c[1])

    def __len__(self):
        return len(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(self._c[i])
        return self._c[i]

    def __repr__(self):
        return f"Vec{self._c!r}"

    def __str__(self):
        return "(" + ", ".join(f"{c:g}" for c in self._c) + ")"

    def __format__(self, spec):
        if spec.endswith("p"):
            r, theta = abs(self), math.atan2(self.y, self.x)
            return f"<{r:{spec[:-1]}f}, {theta:{spec[:-1]}f}>"
        return "(" + ", ".join(format(c, spec) for c in self._c) + ")"

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self._c == other._c

    def __lt__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(self._c)

    def __abs__(self):
        return math.hypot(*self._c)

    def __bool__(self):
        return any(self._c)

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(a + b for a, b in zip(self._c, other._c, strict=True))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vec(-c for c in self._c)

    def __mul__(self, k):
        if isinstance(k, Number):
            return Vec(c * k for c in self._c)
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self._c, other._c))

    def __truediv__(self, k):
        return self * (1 / k)

    def __iadd__(self, other):
        print("  (iadd falls back? no, defined)")
        return self + other

    def __round__(self, n=None):
        return Vec(round(c, n) for c in self._c)

    def __complex__(self):
        return complex(self.x, self.y)


v = Vec(3, 4)
w = Vec([1, 2])
print(v, repr(w), abs(v), len(v), v[0], v[-1], v[:1])
print(v + w, v - w, 2 * v, v * 2, v / 2, v @ w, -v)
print(f"{v:.2f}", f"{v:.3p}", format(w, "06.1f"), "{:>8}".format(str(v)))
print(v > w, v <= w, sorted([v, w, Vec(0, 1)]), max(v, w))
print(bool(Vec(0, 0)), bool(v), hash(v) == hash(Vec(3.0, 4.0)), {v, Vec(3, 4)})
print(3.0 in v, v.index(4.0), v.count(3.0), list(reversed(v)), complex(v))
print(round(Vec(1.234, 5.678), 1), Vec(1, 2) == (1, 2), Vec(1, 2) != (1, 2))
u = v
u += w
print(u, v, u is v)
try:
    v + (1, 2)
except TypeError as e:
    print(e)
try:
    Vec(1, 2) + Vec(1, 2, 3)
except ValueError as e:
    print(e)
try:
    v < 3
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
match Vec(0, 5):
    case Vec(0, y):
        print("on y axis at", y)
    case Vec(x, 0):
        print("on x axis at", x)
print(isinstance(v, Sequence), issubclass(Vec, Sequence), Vec.__mro__[1:3])


class Money(int):
    def __new__(cls, cents, currency="EUR"):
        self = super().__new__(cls, cents)
        self.currency = currency
        return self

    def __repr__(self):
        return f"{int(self) / 100:.2f} {self.currency}"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)


m = Money(1050) + Money(250)
print(m, m * 2, type(m * 2).__name__, m // 3, divmod(m, 7), f"{m:,}", m.currency)
