# Exceptions leaving a generator carry its frame in the traceback (so its
# locals live until the exception dies); a generator frame is in the
# traceback once per pass; sys.exc_info() inside a generator; tracebacks
# through yield from.
import sys

class Local:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def failing():
    keep = Local("generator local")
    yield 1
    raise ValueError("from generator")

g = failing()
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("entries:", depth)
    saved = e
print("generator finished:", g.gi_frame)
del saved
print("exception released")

def handler_inside():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

h = handler_inside()
print(next(h))
print("outside while suspended:", sys.exc_info()[0])
print(next(h))
print(next(h))

def inner():
    yield 1
    raise IndexError("inner failure")
def outer():
    yield from inner()
try:
    list(outer())
except IndexError as e:
    n = 0
    tb = e.__traceback__
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("through yield from:", n)
