# Generator expressions are real generators: the first iterable is
# evaluated at once, the rest lazily; they have send/throw/close, and their
# frame (loop variables, inner iterators) dies when they finish or die.
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)

def source():
    print("source evaluated")
    return [Item(1), Item(2)]

g = (i.n * 10 for i in source())
print("created")
print(next(g))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("exhausted")
print("before del")
del g
print("after del")

h = (x for x in [Item(3)])
print(next(h) is not None)
h.close()
print("closed")

def pairs():
    return ((a, b) for a in range(2) for b in "xy" if b != "y" or a)
print(list(pairs()))

k = (x for x in [Item(4)])
w = weakref.ref(k)
k = None
print("dead:", w() is None)

try:
    (1 / x for x in [0]).__next__()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

t = (x for x in range(3))
next(t)
try:
    t.throw(ValueError("into genexpr"))
except ValueError as e:
    print("thrown:", e)
print(list(t))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
