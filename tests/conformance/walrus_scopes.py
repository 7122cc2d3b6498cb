# := scoping details: in a class body's method comprehension (fine), in a
# lambda, in nested functions with nonlocal, at module level inside a
# generator expression consumed later, and the value of the expression.
class Stats:
    def __init__(self, values):
        self.values = values
    def first_big(self, limit):
        if any((found := v) > limit for v in self.values):
            return found
        return None
s = Stats([1, 5, 10])
print(s.first_big(4), s.first_big(20))

f = lambda xs: ([(last := x) for x in xs], last)
print(f([7, 8]))

def outer():
    count = 0
    def inner(items):
        nonlocal count
        [(count := count + 1) for _ in items]
        return count
    inner("abc")
    inner("de")
    return count
print(outer())

lazy = ((w := c.upper()) for c in "xyz")
print("before consuming:", "w" in globals())
print(list(lazy), w)

print([(n := i) * 2 for i in range(3) if (m := i) != 1], n, m)
total = sum((t := i) for i in range(5))
print(total, t)
