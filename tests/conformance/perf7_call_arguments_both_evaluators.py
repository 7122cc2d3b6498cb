# Calls with *args and **kwargs made at module level, in functions, in
# class bodies and in generators run one implementation: unpacking, merging,
# the errors (non-iterable after *, non-mapping after **, repeated and
# duplicate keywords) and the release order of the arguments, seen through
# __del__, when the call succeeds and when it fails.


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


def show(*args, **kwargs):
    print("args", args, "kwargs", sorted(kwargs))
    return len(args) + len(kwargs)


def f(a, b=2, *, c=3):
    return (a, b, c)


def mk(n):
    return [A("p%d" % i) for i in range(n)]


print(show(*mk(2), x=A("kx"), **{"y": A("ky")}))
print(f(*[1], **{"c": 5}))
print(f(1, *(), **{}))


def in_function():
    print(show(A("first"), *mk(2), A("last"), **{"z": A("kz")}))
    print(f(*(7, 8)), f(**{"a": 1, "b": 2, "c": 3}))


in_function()


class Body:
    r = f(*(4,), **{"c": 9})


print(Body.r)


def gen():
    yield show(*mk(1))
    yield f(*[5, 6])


print(list(gen()))


def errors(kind):
    try:
        if kind == "star":
            show(A("before"), *5)
        elif kind == "lone":
            show(*5)
        elif kind == "mapping":
            show(A("x"), **[1])
        elif kind == "dup":
            f(1, **{"a": A("dup")})
        elif kind == "multi":
            show(**{"k": 1}, **{"k": A("again")})
        elif kind == "keys":
            show(**{1: A("intkey")})
        elif kind == "binding":
            f(A("one"), A("two"), A("three"))
        elif kind == "unexpected":
            f(A("u1"), d=A("u2"))
    except TypeError as e:
        print(kind, "TypeError:", e)


for kind in ("star", "lone", "mapping", "dup", "multi", "keys", "binding", "unexpected"):
    errors(kind)
    print("--")

try:
    show(A("m1"), *None)
except TypeError as e:
    print("module TypeError:", e)


class Mapping:
    def keys(self):
        print("keys()")
        return ["p", "q"]

    def __getitem__(self, k):
        print("getitem", k)
        return A("v" + k)


print(show(**Mapping()))
print(show(*iter([A("it1"), A("it2")])))
