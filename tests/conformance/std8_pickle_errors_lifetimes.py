# pickle's errors (lambdas, local functions and classes, generators,
# __reduce__ values of the wrong shape, bad protocols, truncated or corrupt
# data and their UnpicklingError messages) and lifetimes: a pickled tree
# with parent back-references dies with its originals, its copy is a new
# cycle that gc.collect() frees; __getstate__/__setstate__ and __reduce__
# in ordinary classes; copyreg.pickle registering a reducer.
import pickle, gc, copyreg

class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
        self.parent = None
    def add(self, kid):
        kid.parent = self
        self.kids.append(kid)
        return kid
    def __del__(self):
        print("del", self.v)

gc.disable()
root = Node("root")
root.add(Node("kid")).add(Node("leaf"))
data = pickle.dumps(root)
print(len(data), data)
del root
print("originals collected:", gc.collect() > 0)
copy_root = pickle.loads(data)
leaf = copy_root.kids[0].kids[0]
print(leaf.parent.parent is copy_root, leaf.v)
del copy_root, leaf
print("copies collected:", gc.collect() > 0)
gc.enable()

class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = object()
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.socket = "reconnected"

c = pickle.loads(pickle.dumps(Conn("db")))
print(c.host, c.socket)

class Celsius:
    def __init__(self, deg): self.deg = deg
    def __reduce__(self): return (Celsius, (self.deg + 0.5,))

print(pickle.loads(pickle.dumps(Celsius(20))).deg)

class Meters:
    def __init__(self, m): self.m = m

def reduce_meters(obj):
    print("reducer called")
    return (Meters, (obj.m * 2,))

copyreg.pickle(Meters, reduce_meters)
print(pickle.loads(pickle.dumps(Meters(3))).m)

def outer():
    def inner(): pass
    class Local: pass
    return inner, Local()

class BadReduce:
    def __reduce__(self): return 42

class ShortReduce:
    def __reduce__(self): return (ShortReduce,)

def gen():
    yield 1

for bad in [lambda: 0, *outer(), gen(), BadReduce(), ShortReduce()]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])
for blob in [b"", b"\x80\x04K", b"\x80\x04\x95\x05\x00", b"\x00", b"\x80\x09N.",
             b"\x80\x04h\x05.", b"\x80\x04)'", b"\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00N.", "text"]:
    try:
        print(pickle.loads(blob))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__[1].__name__)
import copy
print(copy.copy(Meters(5)).m, copy.deepcopy([Meters(1)])[0].m)
