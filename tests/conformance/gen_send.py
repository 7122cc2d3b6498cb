# send(): the value of the yield expression, the first send must be None,
# send on a finished generator raises StopIteration, and a running total
# accumulator (coroutine-style generators).
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received!r}"

e = echo()
try:
    e.send(5)
except TypeError as ex:
    print("TypeError:", ex)
print(e.send(None))
print(e.send(1))
print(e.send([1, 2]))
print(next(e))

def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return (n, avg)

a = averager()
next(a)
for v in [10, 20, 30]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as ex:
    print("result", ex.value)
try:
    a.send(1)
except StopIteration as ex:
    print("finished send:", ex.args)

def adder():
    acc = 0
    while True:
        acc += yield acc
g = adder()
next(g)
print(g.send(3), g.send(4), g.send(5))

def args_of_yield():
    x = yield
    print("x is", x)
    y = yield x, x
    print("y is", y)
g = args_of_yield()
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration:
    print("stopped")
try:
    g.send()
except TypeError as ex:
    print("TypeError:", ex)
