# Generator stages (tokens, numbering, sliding window) and when each yielded 
# object dies, islice over a generator expression, a coroutine-style 
# averager closed with GeneratorExit, gi_frame/gi_running, throw into 
# unstarted and suspended generators.
import gc, sys, weakref, itertools

class Token:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"T{self.v}"
    def __del__(self): print("del", self)

def tokens(text):
    for i, word in enumerate(text.split()):
        yield Token(word)

def numbered(it, start=1):
    n = start
    for x in it:
        yield n, x
        n += 1

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

w = window(numbered(tokens("a b c d")), 2)
for pair in w:
    print(pair)
del pair
print("loop done")
print(list(itertools.islice((Token(i) for i in range(10)), 2)))
print("islice done")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for x, _ in zip(fib(), range(10))])

def averager():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except GeneratorExit:
            print("averager closing at", avg)
            raise
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
a.close()
print(a.gi_frame)
try:
    a.send(1)
except StopIteration:
    print("send after close -> StopIteration")
g = (x * 2 for x in [1, 2])
print(g.gi_frame is not None, g.gi_running, list(g), g.gi_frame)
def counting():
    yield sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
print(list(counting()))
def gen_with_return():
    yield 1
    return "done"
def wrapper():
    r = yield from gen_with_return()
    print("inner returned", r)
list(wrapper())
def recursive_gen(n):
    if n:
        yield n
        yield from recursive_gen(n - 1)
print(list(recursive_gen(4)))
it = iter([1, 2, 3])
def gen_from_iter():
    yield from it
print(next(gen_from_iter()), next(it))
def running_check():
    yield gen.gi_running
gen = running_check()
print(next(gen))
try:
    def self_next():
        next(me)
        yield
    me = self_next()
    next(me)
except ValueError as e:
    print(e)
def g_throw():
    try:
        yield
    except Exception as e:
        print("inside got", type(e).__name__, e.args)
        yield "after"
gt = g_throw(); next(gt)
print(gt.throw(TypeError("x")))
gt2 = g_throw()
try:
    gt2.throw(ValueError("unstarted"))
except ValueError as e:
    print("unstarted throw propagates", e)
print(gt2.gi_frame)
