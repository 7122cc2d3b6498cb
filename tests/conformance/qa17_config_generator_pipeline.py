def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line

def strip_comments(lines):
    for n, line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield n, code

def parse_kv(lines):
    for n, line in lines:
        if "=" not in line:
            raise SyntaxError(f"line {n}: expected key=value: {line!r}")
        k, v = (s.strip() for s in line.split("=", 1))
        yield k, v

config = """# settings
name = demo
 port = 8080  # the port
debug=true

timeout = 30
"""
print(dict(parse_kv(strip_comments(read_lines(config)))))
try:
    list(parse_kv(strip_comments(read_lines("a=1\nbroken\nc=3"))))
except SyntaxError as e:
    print("SyntaxError:", e)

def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print("reset requested")
            total = count = 0
            avg = None
            continue
        except GeneratorExit:
            print(f"averager closing with count={count}")
            raise
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
print(next(a), a.send(10), a.send(20), a.send(0))
print(a.throw(ValueError), a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
b = averager()
next(b)
b.send(3)
b.close()
print(b.gi_frame, b.gi_running)

def delegator():
    result = yield from averager()
    print("delegator got", result)
    yield "done"
d = delegator()
next(d)
d.send(1); d.send(2)
print(d.send(None))
d2 = delegator(); next(d2); d2.send(4)
print(d2.throw(ValueError))
d2.close()

def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []])], 5])))
def chunks(it, n):
    it = iter(it)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk
print(list(chunks(range(7), 3)), list(chunks([], 2)))
def gen_with_return():
    yield 1
    return "retval"
g = gen_with_return()
print(list(g), [x for x in gen_with_return()])
def inner():
    v = yield 1
    print("inner got", v)
    return v * 2
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send(21))
squares = (x * x for x in range(5) if x % 2 == 0)
print(type(squares).__name__, next(squares), list(squares), list(squares))
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def g3():
    try:
        yield 1
    finally:
        yield 2
gg = g3(); next(gg)
try:
    gg.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    print("running?", r.gi_running)
    yield
r = running(); next(r)
try:
    next(r); next(r)
except StopIteration:
    print("exhausted", r.gi_frame is None)
