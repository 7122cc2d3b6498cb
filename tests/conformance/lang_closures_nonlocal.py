# Closures: each call of the outer function makes a new cell; nonlocal rebinds
# the enclosing variable; closures made in a loop share the loop variable (late
# binding) unless it is captured through a default argument.
# CPython: compile.c cell/free variables, ceval.c LOAD_DEREF/STORE_DEREF.
def counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


c1 = counter(0)
c2 = counter(100)
print("c1:", c1(), c1(), c1(5))
print("c2:", c2(), "| c1 again:", c1())


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner
    x = "rebound before the call"
    return middle()


print("inner sees the latest binding:", outer()())
late = []
early = []
for i in range(3):
    late.append(lambda: i)
    early.append(lambda i=i: i)
print("late binding:", [f() for f in late])
print("default capture:", [f() for f in early])


def make_pair():
    shared = []

    def add(v):
        shared.append(v)

    def get():
        return shared
    return add, get


add, get = make_pair()
add(1)
add(2)
print("two closures share one cell:", get())
