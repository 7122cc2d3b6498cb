# close(): GeneratorExit raised at the yield, finally blocks run, a fresh
# generator closes without running, closing twice is harmless, a generator
# that yields from its GeneratorExit handler gets RuntimeError, and one
# that returns or raises StopIteration is closed quietly.
def tracked(name):
    print(name, "start")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")

g = tracked("a")
next(g)
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

fresh = tracked("fresh")
fresh.close()
print("fresh closed without starting")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def quiet_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
q = quiet_return()
next(q)
print("close ->", q.close())

def swallow_into_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("while closing")
w = swallow_into_other()
next(w)
try:
    w.close()
except ValueError as e:
    print("close raised", e)

def finished():
    yield 1
f = finished()
list(f)
f.close()
print("close of finished ok")
try:
    f.close(1)
except TypeError as e:
    print("TypeError:", e)
