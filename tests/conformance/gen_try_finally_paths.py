# Yields inside try/except/else/finally, with break/continue/return in the
# blocks around them, and exceptions raised between resumptions.
def g1():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            print("finally", i)
    else:
        print("no else after break")
    return "g1 end"

print(list(g1()))

def g2():
    try:
        yield "body"
    except ZeroDivisionError:
        yield "handler"
    else:
        yield "else"
    finally:
        yield "finally"

print(list(g2()))
x = g2()
print(next(x), x.throw(ZeroDivisionError), next(x))

def g3():
    try:
        yield 1
        return "from try"
    finally:
        print("cleanup before return")

try:
    it = g3()
    next(it)
    next(it)
except StopIteration as e:
    print("returned", e.value)

def g4():
    while True:
        try:
            v = yield
            print(10 / v)
        except ZeroDivisionError as e:
            print("error:", e)
            yield "recovered"

c = g4()
next(c)
c.send(2)
print(c.send(0))
next(c)
c.send(5)

def g5():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in handler"
        print("handler resumed")
    yield "after"
print(list(g5()))
