# A suspended generator in a reference cycle: gc.collect() finalizes it as
# a PEP 442 tp_finalize (close(): its finally runs inside the collection),
# then the cycle is reclaimed. A generator that refers to itself through
# its own frame is trash once unreachable.
import gc
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def holder(node):
    try:
        yield "first"
        yield "second"
    finally:
        print("finally in", node.name)

n = Node("n1")
g = holder(n)
n.gen = g
print(next(g))
del n, g
print("collecting")
gc.collect()
print("collected")

def selfref():
    me = yield
    try:
        yield "has self"
    finally:
        print("selfref finally")

s = selfref()
next(s)
print(s.send(s))
del s
print("collect 2")
print(gc.collect() > 0)

def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2

class Box:
    pass
b = Box()
b.g = ignores()
b.g.__next__()
b.self = b
del b
print("collect 3")
gc.collect()
print("end")
