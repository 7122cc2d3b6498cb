# An exception raised while a call's arguments are evaluated unwinds the
# value stack top first (CPython's exception table): the arguments
# evaluated so far die last to first, the receiver of a method call after
# them; the same at module level and in a function body.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  del", self.n)
    def m(self, *a, **k):
        pass
def boom():
    raise ValueError
def f(*a, **k):
    pass
def run():
    try:
        T(1).m(T(2), T(3), k=T(4), j=boom())
    except ValueError:
        print("caught 1")
    try:
        f(T(5), T(6), boom())
    except ValueError:
        print("caught 2")
    try:
        T(7).m(T(8), boom())
    except ValueError:
        print("caught 3")
run()
try:
    T(1).m(T(2), T(3), k=T(4), j=boom())
except ValueError:
    print("caught 1")
