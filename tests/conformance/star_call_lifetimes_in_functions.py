# Calls with *args and **kwargs inside functions (the compiled evaluator's
# form): when the unpacked iterable, the packed args tuple, the kwargs dict
# and their items die, a length hint asked for, a ** mapping read through
# keys() and __getitem__, and the messages of bad * and ** operands.
class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


def f(*args, **kw):
    print("in f", args, sorted(kw))
    return len(args) + len(kw)


def forward(*args, **kwargs):
    return f(*args, **kwargs)


def calls():
    print("r1", forward(T("a"), T("b"), k=T("c")))
    print("after r1")
    xs = [T("d"), T("e")]
    print("r2", f(*xs, *(T("f"),)))
    del xs
    print("after r2")


calls()


class Hinted:
    def __iter__(self):
        print("iter")
        return iter([T("h1"), T("h2")])

    def __length_hint__(self):
        print("hint")
        return 2


class Keys:
    def keys(self):
        print("keys")
        return ["p", "q"]

    def __getitem__(self, k):
        print("get", k)
        return T(k)


def special():
    print("r3", f(*Hinted()))
    print("r4", f(**Keys()))


special()


def bad(kind):
    try:
        if kind == 1:
            f(*5)
        elif kind == 2:
            f(**[1])
        else:
            f(x=1, **{"x": 2})
    except TypeError as e:
        print("TypeError:", e)


for kind in (1, 2, 3):
    bad(kind)
