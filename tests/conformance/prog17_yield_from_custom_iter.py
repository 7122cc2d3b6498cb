class It:
    def __init__(self, name):
        self.name = name; self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("done-" + self.name)
        return (self.name, self.i)
    def __del__(self):
        print("It del", self.name)

class ItClose(It):
    def close(self):
        print("custom close", self.name)

class ItBoth(ItClose):
    def throw(self, typ, val=None, tb=None):
        print("custom throw", self.name, typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        return "from-throw"

def deleg(it):
    r = yield from it
    print("deleg result", r)
    yield "after"

g = deleg(ItBoth("a"))
print(next(g))
print("yieldfrom is It:", type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.name)
print(g.throw(KeyError))
g.close()
print("---")
g = deleg(It("b"))
next(g)
g.close()
print("---")
g = deleg(It("c"))
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print("---")
g = deleg(ItClose("d"))
print(list(g))
print("end")
