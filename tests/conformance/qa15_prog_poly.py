# An ordinary program from the qa15 sweep (python3 and gclab agree on it).
from fractions import Fraction
from functools import total_ordering
from itertools import zip_longest


@total_ordering
class Poly:
    """Polynomial with coefficients lowest degree first."""

    def __init__(self, *coeffs):
        c = list(coeffs)
        while c and c[-1] == 0:
            c.pop()
        self.c = tuple(c)

    @classmethod
    def x(cls):
        return cls(0, 1)

    @property
    def degree(self):
        return len(self.c) - 1 if self.c else -1

    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r

    def __repr__(self):
        return f"Poly{self.c!r}"

    def __str__(self):
        if not self.c:
            return "0"
        parts = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            parts.append((sign, coef + var))
        s = ("-" if parts[0][0] == "-" else "") + parts[0][1]
        for sign, t in parts[1:]:
            s += f" {sign} {t}"
        return s

    def __format__(self, spec):
        if spec == "r":
            return repr(self)
        return format(str(self), spec)

    @staticmethod
    def _coerce(o):
        if isinstance(o, Poly):
            return o
        if isinstance(o, (int, Fraction)):
            return Poly(o)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self + (-o)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if not self.c or not o.c:
            return Poly()
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("exponent must be a non-negative int")
        r = Poly(1)
        for _ in range(n):
            r = r * self
        return r

    def __divmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if not o.c:
            raise ZeroDivisionError("polynomial division by zero")
        rem = [Fraction(a) for a in self.c]
        q = [Fraction(0)] * max(len(rem) - len(o.c) + 1, 1)
        while len(rem) >= len(o.c) and any(rem):
            shift = len(rem) - len(o.c)
            f = rem[-1] / o.c[-1]
            q[shift] = f
            for i, b in enumerate(o.c):
                rem[i + shift] -= f * b
            while rem and rem[-1] == 0:
                rem.pop()
        return Poly(*q), Poly(*rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.c == o.c

    def __lt__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return (self.degree, self.c[::-1]) < (o.degree, o.c[::-1])

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return bool(self.c)

    def derivative(self):
        return Poly(*(i * a for i, a in enumerate(self.c))[1:]) if self.c else Poly()


x = Poly.x()
p = 3 * x ** 3 - 2 * x + 7
q = x ** 2 - 1
print(p, "|", q, "|", repr(p * q))
print(p + q, p - q, q - p, 1 - x, sep=" ; ")
print([p(i) for i in range(-2, 3)], q(Fraction(1, 2)))
d, r = divmod(p, q)
print(f"({p}) = ({q})({d}) + ({r})")
print(d * q + r == p, p // q, p % q)
print((x + 1) ** 5)
print(p.derivative(), p.derivative().derivative(), Poly(5).derivative(), Poly())
print(sorted([p, q, x, Poly(3), x ** 2 + 5]))
print(max(p, q), q <= p, q > p, x == Poly(0, 1), x == 1, Poly(2) == 2)
print(len({x, Poly(0, 1), Poly(0, 1, 0)}))
print(f"[{q:>15}] [{q:<15}] [{q:r}]")
print(bool(Poly(0, 0)), bool(x))
try:
    p / q
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(p, Poly())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x ** -1
except ValueError as e:
    print("ValueError:", e)
print(p < "a")
