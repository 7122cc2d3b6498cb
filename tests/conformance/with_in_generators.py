# with inside generators: the manager stays entered while the generator is
# suspended, close() and garbage collection exit it with GeneratorExit,
# and exceptions thrown in reach __exit__.
import gc

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return typ is KeyError

def gen(name):
    with CM(name):
        yield 1
        yield 2
    print(name, "after with")

g = gen("a")
print(next(g))
g.close()

g = gen("b")
print(list(g))

g = gen("c")
next(g)
try:
    g.throw(KeyError("swallowed by exit"))
except StopIteration:
    print("generator finished after swallow")

g = gen("d")
next(g)
del g
print("d dropped")

gc.disable()
class Node:
    pass
n = Node()
n.g = gen("cycle")
n.self = n
next(n.g)
del n
gc.collect()
print("collected")

def lines(items):
    with CM("reader") as r:
        for item in items:
            yield f"{r.name}:{item}"
print(list(lines("xy")))

def manager_from_yield():
    with (yield "give me a manager") as m:
        print("using", m.name)
        yield "inside"
mg = manager_from_yield()
print(next(mg))
print(mg.send(CM("sent")))
print(list(mg))
