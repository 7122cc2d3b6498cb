# Exact TypeError messages for calls with the wrong arguments: missing,
# too many, unexpected keyword, duplicate value; for functions, lambdas,
# methods (qualified names) and classes' __init__.
# CPython: ceval.c missing_arguments/too_many_positional, getargs.c.
def f(a, b, c=3):
    return a + b + c


class Box:
    def __init__(self, size):
        self.size = size

    def grow(self, by):
        return self.size + by


g = lambda x: x
attempts = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(),
    lambda: g(1, 2),
    lambda: Box(),
    lambda: Box(1, 2),
    lambda: Box(1).grow(),
    lambda: Box(1).grow(1, 2),
    lambda: Box.grow(1),
    lambda: len(),
    lambda: len([], []),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except TypeError as e:
        print(e)
print("correct calls:", f(1, 2), f(1, b=2, c=0), Box(2).grow(by=3))
