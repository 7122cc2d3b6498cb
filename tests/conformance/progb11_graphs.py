import heapq
from collections import defaultdict, deque
from functools import lru_cache

class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed
    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
    def bfs(self, s):
        seen, order, q = {s}, [], deque([s])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v); q.append(v)
        return order
    def dfs(self, s, seen=None):
        seen = seen if seen is not None else []
        seen.append(s)
        for v in sorted(self.adj[s]):
            if v not in seen:
                self.dfs(v, seen)
        return seen
    def dijkstra(self, s):
        dist = {s: 0}
        prev = {}
        pq = [(0, s)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd; prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev
    def path(self, s, t):
        dist, prev = self.dijkstra(s)
        if t not in dist:
            return None
        p = [t]
        while p[-1] != s:
            p.append(prev[p[-1]])
        return dist[t], p[::-1]
    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        q = sorted(u for u, d in indeg.items() if d == 0)
        out = []
        while q:
            u = q.pop(0)
            out.append(u)
            for v in sorted(self.adj[u]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v); q.sort()
        if len(out) != len(indeg):
            raise ValueError("graph has a cycle: " + ", ".join(sorted(u for u in indeg if indeg[u])))
        return out
    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                c = self.bfs(u)
                seen.update(c)
                comps.append(sorted(c))
        return comps

g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add(u, v, w)
print(g.bfs("A"), g.dfs("A"))
print(g.dijkstra("A")[0])
print(g.path("A", "F"), g.path("A", "X"))
print(g.components())
dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add(u, v)
print(dag.toposort())
dag.add("jacket", "shirt")
try:
    dag.toposort()
except ValueError as e:
    print(e)
@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info())
