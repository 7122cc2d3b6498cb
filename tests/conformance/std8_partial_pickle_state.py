# functools.partial as CPython's C type: __reduce__ gives
# (type, (func,), (func, args, keywords, __dict__ or None)), __setstate__
# checks its state, copy and deepcopy go through them; gc.get_referents
# lists the type first, then func, args and keywords, and a dict only once
# the partial has attributes; a partial in a cycle with its own function.
import copy, functools, gc

def scale(x, factor=1, *, offset=0):
    return x * factor + offset

p = functools.partial(scale, 3, offset=1)
red = p.__reduce__()
print(red[0] is functools.partial, red[1][0] is scale, red[2][1:])
print([type(r).__name__ for r in gc.get_referents(p)])
p.note = "hello"
print([type(r).__name__ for r in gc.get_referents(p)], p.__reduce__()[2][3])
c = copy.copy(p)
print(c(2), c.note, c.args, c.keywords, c.keywords is p.keywords)
d = copy.deepcopy(functools.partial(len, [1, 2]))
print(d(), d.args)

class Tagged(functools.partial):
    pass

t = Tagged(scale, 5)
print(type(copy.copy(t)).__name__, copy.copy(t)(), t.__reduce__()[0] is Tagged)
q = functools.partial(print)
q.__setstate__((scale, (2,), None, None))
print(q(), q.args, q.keywords)
q.__setstate__((scale, (4,), {"factor": 3}, {"x": 1}))
print(q(), q.args, q.x)
for bad in ([scale, (), {}, None], (scale, (), {}), (1, (), {}, None), (scale, (), [], None), (scale, [], {}, None)):
    try:
        q.__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)

class Node:
    def __init__(self, name): self.name = name
    def hello(self): return "hi " + self.name
    def __del__(self): print("del", self.name)

gc.disable()
n = Node("n")
n.greet = functools.partial(Node.hello, n)
print(n.greet())
del n
print("collected", gc.collect() > 0)
gc.enable()
