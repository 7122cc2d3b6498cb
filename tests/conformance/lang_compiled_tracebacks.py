# Tracebacks from code run by the compiled evaluator (function bodies,
# loops): each frame's line and the carets under the failing call,
# attribute, subscript or operator are CPython's; a loop without `yield`
# inside a generator runs compiled too.
import traceback

# __main__'s __file__ is an absolute path (3.9+): the output shows the file's name only.
NAME = __file__.rsplit("/", 1)[-1]


def show():
    print(traceback.format_exc().replace(__file__, NAME))


class C:
    pass


def attr(o):
    x = 1
    return o.missing + x


def item(d, k):
    total = 0
    for i in range(2):
        total += d[k] if i else 0
    return total


def op(a, b):
    while True:
        return a - b


def call_chain(n):
    if n == 0:
        return attr(C())
    return call_chain(n - 1)


def gen(n):
    for i in range(n):
        j = 0
        while j < i:
            j += 1
        yield i * 10 + j


for f, args in [(attr, (C(),)), (item, ({}, "k")), (op, ("a", 1)), (call_chain, (2,))]:
    try:
        f(*args)
    except Exception:
        show()

print(list(gen(4)))
square = lambda v: v * v
print(square(7), (lambda: undefined_name)() if False else "lambda ok")
try:
    (lambda v: v.nothing)(3)
except AttributeError:
    show()
