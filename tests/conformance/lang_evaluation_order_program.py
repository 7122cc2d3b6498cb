# Evaluation order and binding: class-body comprehension scoping, name
# mangling, the order of dict/list/set displays, call arguments, augmented
# subscript assignment and chained comparisons; unpacking and its ValueErrors,
# chained assignment, global/nonlocal, mutable defaults.
class A:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
    try:
        zs = [x * y for x in xs for y in ys]
    except NameError as e:
        print("NE", e)
    __private = 5
    def get(self): return self.__private
print(A.ys, A().get(), A._A__private, hasattr(A, "__private"))
class B:
    n = 3
    f = lambda self: n if False else "lam"
print(B().f())
def order():
    log = []
    def t(x): log.append(x); return x
    d = {t("k1"): t("v1"), t("k2"): t("v2")}
    l = [t(1), *[t(2)], t(3)]
    t("a")[0:0] if False else None
    x = {t(5), t(6)}
    def f(a, b, *, c): pass
    f(t("p1"), t("p2"), c=t("kw"))
    obj = type("O", (), {})()
    obj.attr = [0]
    (t(obj) and obj).attr[t(0)] += t(1)
    log[-3] = "obj"
    t(10) < t(20) < t(5) < t(30)
    return log
print(order())
a = [1, 2, 3]
i = 0
i, a[i] = 1, 99
print(i, a)
x, *y, z = "abcde"; print(x, y, z)
try: p, q = [1, 2, 3]
except ValueError as e: print(e)
try: p, q, r = [1, 2]
except ValueError as e: print(e)
try: p, *q, r = [1]
except ValueError as e: print(e)
try: p, q = 5
except TypeError as e: print(e)
(a, b), c = "xy", 3; print(a, b, c)
[m, n] = (1, 2); print(m, n)
for i, (k, v) in enumerate({"a": 1}.items()): print(i, k, v)
d = {}
d["x"] = d["y"] = 5; print(d)
def g():
    global G1
    G1 = "set"
g(); print(G1)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
i1 = counter(); i1(); print(i1(), i1.__closure__[0].cell_contents)
print([lambda: i for i in range(3)][0](), [(lambda i=i: i) for i in range(3)][2]())
def defaults(a, b=[]):
    b.append(a); return b
print(defaults(1), defaults(2), defaults.__defaults__)
print((lambda: (yield))().__class__.__name__)
