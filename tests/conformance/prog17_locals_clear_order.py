class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f(a, b):
    c = D("c")
    z = D("z")
    def inner():
        return c
    m = D("m")
    return None

f(D("a"), D("b"))
print("---")
def g(*args, **kw):
    x = D("x")
g(D("p1"), D("p2"), k=D("kw"))
print("---")
def h():
    first = D("first")
    second = D("second")
    first = D("first-rebound")
    return second
h()
print("end")
