def bad():
    yield 1
    raise StopIteration("oops")

g = bad()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def ret():
    yield 1
    return {"v": 2}

g = ret(); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)

def self_ref():
    me = yield
    yield me is gen2
gen2 = self_ref()
next(gen2)
print(gen2.send(gen2))

def running():
    try:
        gen3.close()
    except ValueError as e:
        print("ValueError:", e)
    yield 1
gen3 = running()
print(next(gen3))
try:
    gen3.send(5)
except StopIteration:
    print("exhausted")
try:
    ret().send(1)
except TypeError as e:
    print("TypeError:", e)
