# copy.copy / copy.deepcopy of object graphs: cycles kept through the memo,
# __copy__/__deepcopy__/__reduce_ex__/__getstate__/__setstate__ hooks, and
# what gc.collect() finds when a deep copy with a parent cycle is dropped
# (the copies own real __dict__s, made when copy fills them).
import copy, gc, weakref

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
    def __repr__(self):
        return f"Node({self.name})"
    def __del__(self):
        print("del", self.name)

root = Node("root", [Node("a"), Node("b")])
for c in root.children:
    c.parent = root
clone = copy.deepcopy(root)
print(clone, clone.children, clone.children[0].parent is clone)
shallow = copy.copy(root)
print(shallow.children is root.children)
del shallow
print("drop clone")
del clone
print(gc.collect())

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__", len(memo))
        return Custom(copy.deepcopy(self.v, memo))
    def __del__(self):
        print("del custom", self.v)
c = Custom([1, 2])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v == c.v)
del c2, c3

class Red:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Red, (self.a, self.b))
    def __repr__(self):
        return f"Red({self.a}, {self.b})"
print(copy.copy(Red(1, 2)), copy.deepcopy(Red([1], 2)))

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = [1]
        self.y = 2
s = copy.deepcopy(Slotted())
print(s.x, s.y)

class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "tmp"
    def __getstate__(self):
        print("getstate")
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
        self.cache = None
st = copy.deepcopy(State())
print(st.data, st.cache)
memo = {}
lst = [1, [2, 3]]
d1 = copy.deepcopy(lst, memo)
print(len(memo) > 0, id(lst) in memo)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1])
print(copy.deepcopy((1, 2)) , copy.copy({1: [2]}), copy.deepcopy({"k": {1, 2}}))
import weakref
class W: pass
w = W()
r = weakref.ref(w)
print(copy.deepcopy(r) is r, copy.copy(r) is r)
try:
    copy.deepcopy(iter([]))
except TypeError as e:
    print("TypeError", e)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int)
print("end")
