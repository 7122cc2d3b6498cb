# Calls inside a function body (the compiled evaluator): the callable is
# released first, then the arguments in order; an exception while the
# arguments are evaluated releases those evaluated so far; a method call
# makes no bound method; results and temporaries die where CPython's do.


class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def method(self, a, b):
        print("  in method", self.name, a.name, b.name)
        return T("result of " + self.name)


def take(a, b):
    print("  in take", a.name, b.name)
    return None


def boom():
    raise ValueError("boom")


def run():
    print("plain call")
    take(T("arg1"), T("arg2"))
    print("method call")
    T("receiver").method(T("m1"), T("m2"))
    print("result dropped")
    T("r").method(T("m3"), T("m4")).name
    print("failing argument")
    try:
        take(T("before"), boom())
    except ValueError as e:
        print("  caught", e)
    print("comparison and arithmetic temporaries")
    n = 0
    while n < 3:
        n += 1
        if len([T("loop %d" % n)]) == 1:
            print("  iteration", n)
    print("for loop target")
    for t in [T("i1"), T("i2")]:
        print("  body", t.name)
    print("after loop")
    return n


print("returned", run())
