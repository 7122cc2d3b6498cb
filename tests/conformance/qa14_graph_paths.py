# An ordinary program (qa14 sweep): Dijkstra with heapq, BFS/DFS, connected
# components, graphlib's TopologicalSorter and CycleError; a missing key ends
# it with an uncaught KeyError.
import heapq
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, t):
    out = [t]
    while t in prev:
        t = prev[t]
        out.append(t)
    return out[::-1]

dist, prev = dijkstra("A")
for node in sorted(graph):
    d = dist.get(node, float("inf"))
    print(f"{node}: {d!s:>4} via {'->'.join(path(prev, node)) if node in dist else '-'}")

def bfs(start):
    order, q, seen = [], deque([start]), {start}
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order

def dfs(u, seen=None):
    seen = seen if seen is not None else []
    seen.append(u)
    for v, _ in sorted(graph[u]):
        if v not in seen:
            dfs(v, seen)
    return seen

print(bfs("A"), dfs("A"))
def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            c = bfs(n)
            seen.update(c)
            comps.append(c)
    return comps
print(components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": []}
from graphlib import TopologicalSorter, CycleError
print(list(TopologicalSorter(deps).static_order()))
try:
    list(TopologicalSorter({"a": ["b"], "b": ["a"]}).static_order())
except CycleError as e:
    print("cycle:", e.args)
h = [5, 1, 8, 3, 2, 9]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(dist, dist["Z"])
