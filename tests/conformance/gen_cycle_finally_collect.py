# Generators with finally/except GeneratorExit in cycles collected by 
# gc.collect() (PEP 442), a finalizer that sets a global, close() of a 
# generator that yields again, close() return values, StopIteration raised 
# inside a generator.
import gc, weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def walker(node):
    try:
        yield node.name
        yield "second"
    except GeneratorExit:
        print("GeneratorExit in walker", node.name)
    finally:
        print("walker finally", node.name)

n = Node("n1")
n.it = walker(n)
print(next(n.it))
wr = weakref.ref(n, lambda r: print("weak cb n1"))
del n
print("collected", gc.collect())

def resurrect():
    try:
        yield 1
    finally:
        global saved
        saved = "resurrected"
        print("finally runs")
g = resurrect()
next(g)
g.me = None
lst = [g]
lst.append(lst)
del g, lst
print("collected", gc.collect(), saved)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del g
print("after stubborn")
def closing_with_value():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = closing_with_value()
next(g)
print("close returns", g.close())
def exhausted():
    yield 1
g = exhausted()
print(list(g), g.close(), g.gi_frame)
try:
    next(g)
except StopIteration as e:
    print("Stop", e.args)
def bad_stop():
    yield 1
    raise StopIteration("x")
try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def runner():
    yield next(runner_g)
runner_g = runner()
try:
    next(runner_g)
except ValueError as e:
    print(e)
gc.enable()
