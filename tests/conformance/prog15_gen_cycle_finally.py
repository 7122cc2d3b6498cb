import gc

log = []

def inner(tag):
    try:
        yield f"{tag}-1"
        yield f"{tag}-2"
    finally:
        print("inner finally", tag)

def outer(tag, holder):
    try:
        yield from inner(tag)
        yield "never"
    except GeneratorExit:
        print("outer GeneratorExit", tag, len(holder))
        raise
    finally:
        print("outer finally", tag)

class Holder:
    def __init__(self, tag):
        self.tag = tag
        self.gen = outer(tag, [self])
    def __del__(self):
        print("Holder.__del__", self.tag)

h = Holder("x")
print(next(h.gen))
h.gen.gi_frame.f_locals  # touch frame
del h
print("before collect")
n = gc.collect()
print("collected something:", n > 0)

# Generator in cycle via its own frame local
def selfish():
    me = yield
    try:
        while True:
            yield me
    finally:
        print("selfish finally, me is gen:", me is not None)

g = selfish()
next(g)
g.send(g)
del g
print("collect 2 ->", gc.collect() > 0)

# Nested generators, inner closed first by refcount
def counter(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    finally:
        print("counter finally at", i)

def doubled(src):
    try:
        for x in src:
            yield x * 2
    finally:
        print("doubled finally")

p = doubled(counter(10))
print(next(p), next(p), next(p))
p = None
print("pipeline dropped")

# Generator raising in finally during gc
def bad():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

class Box: pass
b = Box()
b.g = bad()
b.me = b
next(b.g)
del b
gc.collect()
print("done")
