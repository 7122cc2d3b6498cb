# copy (shallow, deep with cycles and memo, __copy__/__deepcopy__, slots),
# heapq (push/pop/replace/pushpop/heapify/nlargest/nsmallest/merge) and
# types (SimpleNamespace, the type names).
import copy, heapq, types
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("custom __copy__"); return Custom(self.v)
    def __deepcopy__(self, memo):
        print("custom __deepcopy__", type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
t = Node('root', [Node('a'), Node('b')])
t.children[0].parent = t
s = copy.copy(t)
d = copy.deepcopy(t)
print(s.children is t.children, d.children is t.children, d.children[0].parent is d, d)
x = Slotted(); y = copy.deepcopy(x); print(y.a, y.a is x.a, y.b)
c = Custom([1]); print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
l = [1, [2, 3]]; l.append(l)
m = copy.deepcopy(l); print(m[2] is m, m[1] is l[1], copy.copy(l)[1] is l[1])
print(copy.deepcopy((1, 2)) , copy.deepcopy({'a': [1]}), copy.copy({1, 2}))
h = []
for v in [5, 1, 4, 2, 3]: heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
data = [3, 1, 4, 1, 5, 9, 2, 6]; heapq.heapify(data); print(data)
print(heapq.nlargest(3, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4], key=lambda v: -v), list(heapq.merge([1, 4], [2, 3], [0])))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), type(ns).__name__)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(Node('x').__repr__, types.MethodType))
print(isinstance(types, types.ModuleType), types.GeneratorType.__name__, types.NoneType)
