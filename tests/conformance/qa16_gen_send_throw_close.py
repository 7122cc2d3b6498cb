def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("reset because", e)
            total = count = 0
            avg = None
            continue
        except GeneratorExit:
            print("averager closing with", count, "values")
            raise
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
print(g.throw(ValueError("bad data")))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)

g2 = averager(); next(g2); g2.send(4)
g2.close()
print(g2.gi_frame, g2.gi_running)

def delegator():
    result = yield from averager()
    print("sub returned", result)
    yield "done"

d = delegator()
next(d)
d.send(1); d.send(3)
print(d.send(None))
print(list(x * x for x in range(5) if x % 2))
gen = (c for c in "abc")
print(type(gen).__name__, next(gen), list(gen))
g3 = averager(); next(g3)
del g3
print("end")
