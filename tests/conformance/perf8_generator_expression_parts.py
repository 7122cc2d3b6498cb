# Generator expressions step builtin iterators through their slot (a
# class's iterator through next()), run their conditions and element
# compiled once per clause: conditions that are falsy objects, raise, or
# call __bool__; nested clauses; the moment elements and iterators die; a
# generator expression dropped half-way.


class V:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(sum(x for x in range(10) if x % 3))
print(list(x * 2 for x in [1, 2, 3] if x != 2 if x > 0))
print(list((a, b) for a in range(3) for b in range(a) if a + b > 1))
print(list(x for x in Count(4) if x & 1))
print(list(f.v for f in [Flag(True), Flag(False)] if f))
print(list(x for x in [0, "", None, [], "a", [1]] if x))
print(list(x for x in "abc"))
print(dict((k, v) for k, v in {"a": 1, "b": 2}.items() if v > 1))


def boom(x):
    if x == 2:
        raise ValueError("boom at %d" % x)
    return True


try:
    print(list(x for x in range(4) if boom(x)))
except ValueError as e:
    print("ValueError", e)

try:
    print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

g = (V("e%d" % i) for i in range(3))
first = next(g)
print("first", first.name)
del first
print("dropping")
del g
print("dropped")

keep = [V("k%d" % i) for i in range(2)]
names = (v.name for v in keep)
print(next(names))
keep = None
print("list gone")
print(list(names))
print("end")
