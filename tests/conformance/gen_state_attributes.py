# Generator introspection: __name__, __qualname__ (writable), gi_running,
# gi_suspended, gi_frame (None once finished), gi_yieldfrom, repr, and
# "generator already executing".
def outer():
    def inner():
        yield 1
    return inner()

g = outer()
print(g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object outer.<locals>.inner at 0x"))

def watcher():
    print("running inside:", me.gi_running)
    yield 1

me = watcher()
print("before:", me.gi_running, me.gi_suspended, me.gi_frame is not None)
next(me)
print("suspended:", me.gi_running, me.gi_suspended)
list(me)
print("after:", me.gi_frame, me.gi_suspended)

def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)

def sub():
    yield 1
    yield 2
def delegating():
    yield from s
s = sub()
d = delegating()
print(d.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom is s)
list(d)
print(d.gi_yieldfrom)

g = watcher()
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
print(type(g).__name__)
gen = (x for x in [])
print(gen.__name__, gen.__qualname__)
def f():
    return (y for y in [])
print(f().__qualname__)
