# The teaching program: gc.get_count() as a loop allocates instance cycles,
# lists, comprehensions, dicts from a function and tuples, with the
# automatic collections at threshold 700 that CPython runs (counts start
# from a gc.collect(), which empties the free lists and zeroes the counts).
import gc
gc.collect()
print(gc.get_count())
class A: pass
l = []
for i in range(1000):
    a = A(); b = A(); a.b = b; b.a = a
    l.append([i])
print(gc.get_count())
del l
print(gc.get_count())
x = [[] for _ in range(300)]
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
def f():
    return {}
for i in range(500):
    d = f()
print(gc.get_count())
t = [(i, i+1) for i in range(100)]
print(gc.get_count())
