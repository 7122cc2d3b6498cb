# A 2-D vector class with every numeric dunder: reflected operands (__radd__
# for sum(), __rmul__), in-place falling back to the binary operator,
# @ (__matmul__), divmod/pow with 3 arguments/round through their dunders,
# __index__ for indexing, and the TypeErrors when no side applies.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __iter__(self):
        yield self.x
        yield self.y
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, k, mod=None):
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))
    def __invert__(self):
        return Vec(self.y, self.x)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __index__(self):
        return self.x

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, -a, +a, abs(b), a == Vec(1, 2), a != b)
print(sum([a, b]), bool(Vec(0, 0)), a @ b, list(a), round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)))
print(b // 2, b % 2, divmod(b, 2), pow(b, 2), pow(b, 2, 5), ~a, a < b, a > b, sorted([b, a]))
print([10, 20, 30][a], hash(a) == hash(Vec(1, 2)), {a: 1}[Vec(1, 2)])
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
for e in (lambda: a + 1, lambda: 1 - a, lambda: a < 1, lambda: a ** "x", lambda: a @ 1, lambda: "s" * a.x, lambda: a <= b):
    try:
        print(e())
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__ + ":", ex)
