# An ordinary program from the qa15 sweep (python3 and gclab agree on it).
import math
from numbers import Real
from functools import total_ordering
from array import array


@total_ordering
class Vector:
    typecode = "d"
    __slots__ = ("_components",)

    def __init__(self, components):
        self._components = array(self.typecode, components)

    def __iter__(self):
        return iter(self._components)

    def __repr__(self):
        comps = repr(list(self._components))
        return f"Vector({comps})"

    def __str__(self):
        return str(tuple(self))

    def __bytes__(self):
        return bytes([ord(self.typecode)]) + bytes(self._components)

    def __eq__(self, other):
        if isinstance(other, Vector):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return abs(self) < abs(other)

    def __hash__(self):
        h = 0
        for x in self:
            h ^= hash(x)
        return h

    def __abs__(self):
        return math.hypot(*self)

    def __bool__(self):
        return bool(abs(self))

    def __len__(self):
        return len(self._components)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return type(self)(self._components[key])
        return self._components[key]

    def __getattr__(self, name):
        pos = "xyzt".find(name)
        if len(name) == 1 and 0 <= pos < len(self):
            return self._components[pos]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __neg__(self):
        return Vector(-x for x in self)

    def __pos__(self):
        return Vector(self)

    def __add__(self, other):
        try:
            if len(self) != len(other):
                raise ValueError("dimension mismatch")
            return Vector(a + b for a, b in zip(self, other))
        except TypeError:
            return NotImplemented

    def __radd__(self, other):
        return self + other

    def __mul__(self, scalar):
        if isinstance(scalar, Real):
            return Vector(x * scalar for x in self)
        return NotImplemented

    def __rmul__(self, scalar):
        return self * scalar

    def __matmul__(self, other):
        try:
            return sum(a * b for a, b in zip(self, other, strict=True))
        except TypeError:
            return NotImplemented

    def __rmatmul__(self, other):
        return self @ other

    def __iadd__(self, other):
        self._components = (self + other)._components
        return self

    def __round__(self, n=0):
        return Vector(round(x, n) for x in self)

    def __format__(self, fmt_spec=""):
        if fmt_spec.endswith("p"):
            fmt_spec = fmt_spec[:-1]
            r = abs(self)
            angle = math.atan2(self[1], self[0])
            return "<{}, {}>".format(format(r, fmt_spec), format(angle, fmt_spec))
        return "(" + ", ".join(format(c, fmt_spec) for c in self) + ")"

    @classmethod
    def frombytes(cls, octets):
        typecode = chr(octets[0])
        memv = memoryview(octets[1:]).cast(typecode)
        return cls(memv)


v = Vector([3, 4])
w = Vector([1.5, -2])
print(repr(v), str(w), abs(v), bool(Vector([0, 0])), len(v))
print(v + w, v - (-w) if False else v + (-w), 3 * v, v * 0.5, v @ w, [1, 1] @ v, (1, 2) + v)
print(v == Vector([3.0, 4.0]), v == [3, 4], v != w, v > w, max(v, w), sorted([v, w, Vector([0, 1])]))
print(v.x, v.y, v[0], v[-1], v[0:1], hash(v) == hash(Vector([3, 4])), round(Vector([1.26, 2.5]), 1))
print(format(v, ".2f"), format(Vector([1, 1]), ".3ep"), f"{w:+.1f}")
b = bytes(v)
print(len(b), Vector.frombytes(b) == v)
u = Vector([1, 2])
orig = u
u += [10, 20]
print(u, u is orig)
try:
    v.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    v + Vector([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
try:
    v @ [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    v * "a"
except TypeError as e:
    print("TypeError:", e)
try:
    v.w = 3
except AttributeError as e:
    print("AttributeError:", e)
print(sum([v, w], Vector([0, 0])), {v, Vector([3, 4])} == {v})
print(v + 1)
