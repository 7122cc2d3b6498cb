import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def worker(tag):
    r = Res(tag)
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit in", tag)
        raise
    finally:
        print("finally", tag)

g = worker("a")
print(next(g))
del g
print("after del a")

g = worker("b")
next(g)
holder = [g]
holder.append(holder)
print("before collect")
del g, holder
gc.collect()
print("after collect")

g = worker("c")
next(g); next(g)
g.close()
print("closed c", g.gi_frame)
g.close()
print("end")
