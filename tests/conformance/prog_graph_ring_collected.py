# A ring-shaped graph of vertices tracked in a class-level WeakSet: alive through
# one vertex, unreachable until gc.collect(), and a graph with its cycles broken.
import gc, weakref

class Vertex:
    instances = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        self.edges = []
        Vertex.instances.add(self)
    def connect(self, other):
        self.edges.append(other)
        other.edges.append(self)
    def __repr__(self):
        return f"V({self.name})"
    def __del__(self):
        print("del", self.name, "edges", [e.name for e in self.edges])

def build(names):
    vs = {n: Vertex(n) for n in names}
    for a, b in zip(names, names[1:]):
        vs[a].connect(vs[b])
    vs[names[0]].connect(vs[names[-1]])
    return vs

g = build(["a", "b", "c", "d"])
print(sorted(v.name for v in Vertex.instances))
head = g["a"]
del g
print("alive via head:", len(Vertex.instances))
del head
print("unreachable, before collect:", len(Vertex.instances))
print("collected", gc.collect())
print("after:", len(Vertex.instances))
g2 = build(["p", "q"])
w = weakref.ref(g2["p"])
g2["p"].edges.clear(); g2["q"].edges.clear()
del g2
print("no cycle, refcount freed:", w())
