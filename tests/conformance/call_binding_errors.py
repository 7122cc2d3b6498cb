# Argument binding: keyword-only parameters (after * and *args), **kwargs,
# several * and ** unpackings in one call, and CPython's binding errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], *(3,), c=0, **{"d": 7}, **{"z": 8}))
print(f(**{"a": 1, "c": 2}))

def kwonly(*, x, y=0):
    return x, y
print(kwonly(x=1), kwonly(y=2, x=3))

def check(thunk):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)

check(lambda: f())
check(lambda: f(1))
check(lambda: f(1, c=1, a=2))
check(lambda: kwonly(1))
check(lambda: kwonly())
check(lambda: kwonly(x=1, z=2))
check(lambda: f(1, c=2, **{"c": 3}))
check(lambda: f(1, **{1: 2}))
check(lambda: f(1, **[1]))
check(lambda: f(*5))

def pos(a, b, /, c):
    return a, b, c
print(pos(1, 2, c=3))
check(lambda: pos(1, b=2, c=3))

g = lambda *a, k=1, **kw: (a, k, kw)
print(g(1, 2, k=3, m=4))
print(g())

class Mapping:
    def keys(self):
        return ["a", "c"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
class C:
    def m(self, x):
        return x
check(lambda: C().m(*5))
check(lambda: print(*5))
check(lambda: C(*5))
