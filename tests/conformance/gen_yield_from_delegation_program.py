# yield from delegation: send/throw forwarded to the subgenerator, its return
# value, delegation to a list, throw() resetting a counter, close() twice,
# RuntimeError for a yield in finally and for StopIteration (PEP 479),
# genexp names, gi_running and 'generator already executing'.
def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield 99
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer r", r)
    r2 = yield from [10, 20]
    print("r2", r2)
    return "done"
o = outer()
print(next(o)); print(o.send("a")); print(o.throw(KeyError("k")))
print(next(o)); print(next(o))
try: next(o)
except StopIteration as e: print("SI", e.value)
def counter():
    i = 0
    while True:
        try:
            yield i
        except ValueError:
            print("reset"); i = -1
        i += 1
c = counter()
print([next(c) for _ in range(3)], c.throw(ValueError), next(c))
c.close(); c.close()
print(list(c))
def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RE", e)
def gen_ret():
    yield 1
    raise StopIteration("x")
try:
    list(gen_ret())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
g = (i*i for i in range(3))
print(g.__name__, g.__qualname__, type(g).__name__)
print(next(g), list(g), list(g))
def running():
    print(gr.gi_running)
    yield gr.gi_running
gr = running()
print(next(gr), gr.gi_running)
def selfnext():
    yield next(sn)
sn = selfnext()
try: next(sn)
except ValueError as e: print("VE", e)
print(sn.gi_frame)
