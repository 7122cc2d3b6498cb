import gc

def stubborn():
    try:
        yield 1
    finally:
        yield 2

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catches():
    while True:
        try:
            yield
        except GeneratorExit:
            print("swallowed")
            return

c = catches()
next(c)
c.close()
print("closed ok")

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2

i = ignorer()
next(i)
del i
print("after del ignorer")
gc.collect()
print("end")
