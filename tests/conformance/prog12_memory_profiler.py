"""A toy memory profiler with gc.get_objects/get_referrers/getrefcount."""
import gc
import sys
from collections import Counter


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __repr__(self):
        return f"Node({self.name!r})"


def snapshot():
    return Counter(type(o).__name__ for o in gc.get_objects()
                   if type(o).__module__ == "__main__")


def diff(before, after):
    keys = sorted(set(before) | set(after))
    rows = []
    for k in keys:
        d = after[k] - before[k]
        if d:
            rows.append((k, d))
    return rows


def build(n):
    root = Node("root")
    for i in range(n):
        child = Node(f"c{i}", root)
        for j in range(2):
            Node(f"c{i}.{j}", child)
    return root


gc.collect()
s0 = snapshot()
tree = build(3)
s1 = snapshot()
print("growth:", diff(s0, s1))
leaf = tree.children[1].children[0]
print("refcount of leaf:", sys.getrefcount(leaf))
refs = gc.get_referrers(leaf)
print("referrers:", [type(r).__name__ for r in refs if r is not globals()])
for r in refs:
    if isinstance(r, list):
        print("  list owned by:", [o.name for o in gc.get_referrers(r) if isinstance(o, Node)])
print("referents of leaf:", sorted(type(x).__name__ for x in gc.get_referents(leaf)))
print("leaf dict referents:", sorted(map(repr, gc.get_referents(leaf.__dict__)), key=str))
del leaf
del tree
print("unreachable found:", gc.collect())
s2 = snapshot()
print("after collect:", diff(s0, s2))

gc.set_debug(gc.DEBUG_SAVEALL)
t = build(1)
del t
n = gc.collect()
print("saved garbage:", n, len(gc.garbage), Counter(type(o).__name__ for o in gc.garbage).most_common(3))
gc.set_debug(0)
gc.garbage.clear()
print("tracked:", gc.is_tracked(Node("x")), gc.is_tracked(42), gc.is_tracked([]), gc.is_tracked({"a": 1}), gc.is_tracked({}))
print("stats gens:", len(gc.get_stats()), sorted(gc.get_stats()[0]))
