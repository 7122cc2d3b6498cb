# A generator pipeline with yield from, send, throw, close; a generator in a 
# cycle with itself collected by gc.collect(); StopIteration.value; a 
# module-level generator expression.
import gc, weakref, sys

class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("del", self.name)

def reader(n):
    r = Res("reader")
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("reader got", got)
    except GeneratorExit:
        print("reader closing")
        raise
    finally:
        print("reader finally")

def doubler(src):
    try:
        yield from src
    finally:
        print("doubler finally")

def pipeline():
    g = doubler(reader(5))
    print(next(g), next(g))
    print(g.send("hello"))
    try:
        g.throw(ValueError("boom"))
    except ValueError as e:
        print("caught", e, type(e.__traceback__).__name__)
    print(g.gi_running, g.gi_frame is None)
    return g

g = pipeline()
print("after pipeline", g.gi_frame is None)
del g
print("---")

def cyc():
    me = yield
    try:
        yield 1
    finally:
        print("cyc finally, me is", type(me).__name__)

c = cyc()
next(c)
c.send(c)
w = weakref.ref(c)
del c
print("collect:", gc.collect())
print("alive?", w() is not None)

def gen_ret():
    x = yield 1
    return x * 2

g = gen_ret()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print("stop value", e.value, e.args)

total = sum(x * x for x in range(10) if x % 2)
print("total", total)
ge = (Res(str(i)) for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__)
first = next(ge)
print("first", first.name)
del first
print("del ge")
del ge
print("end")
