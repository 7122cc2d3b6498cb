# Calls with keyword arguments inside a function body (the compiled
# evaluator): arguments are evaluated left to right, positional then
# keyword; after the call the callable, the positional arguments and the
# keyword values are released in that order; when a keyword value raises,
# the exception unwinds the value stack top first: the keyword values last
# to first, the positional arguments last to first, then the callable.


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)

    def method(self, x, *, scale=1):
        print("  method", self.n, x.n, scale)
        return x.n * scale


def f(a, b=2, *, c=3, **rest):
    print("  f", a.n, b, c, sorted(rest))
    return "f done"


def boom():
    raise ValueError("boom")


def run():
    print("keywords")
    print(f(T(1), c=4))
    print("keyword temporaries")
    print(f(T(2), b=T(5).n, c=T(6).n, d=1))
    print("builtin keywords")
    print(sorted([3, 1, 2], reverse=True), end="|\n")
    print("method with a keyword")
    print(T(20).method(T(21), scale=T(22).n))
    print("failing keyword value")
    try:
        f(T(11), c=T(12), d=boom())
    except ValueError as e:
        print("  caught", e)
    print("unwinding a method call")
    try:
        T(30).method(T(31), scale=T(32), extra=boom())
    except ValueError as e:
        print("  caught", e)
    print("end")


run()
