"""A DOM-like tree with parent weakrefs, traversal generators and detach/teardown."""
import weakref
import gc
from collections import deque


class Node:
    def __init__(self, tag, **attrs):
        self.tag = tag
        self.attrs = attrs
        self.children = []
        self._parent = None

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    @parent.setter
    def parent(self, node):
        self._parent = weakref.ref(node) if node is not None else None

    def append(self, *nodes):
        for n in nodes:
            if n.parent is not None:
                n.parent.children.remove(n)
            n.parent = self
            self.children.append(n)
        return self

    def detach(self):
        if self.parent:
            self.parent.children.remove(self)
        self.parent = None
        return self

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)

    def bfs(self):
        q = deque([self])
        while q:
            n = q.popleft()
            yield n
            q.extend(n.children)

    def path(self):
        parts = []
        n = self
        while n is not None:
            parts.append(n.tag)
            n = n.parent
        return "/".join(reversed(parts))

    def find(self, pred):
        return next((n for _, n in self.walk() if pred(n)), None)

    def __repr__(self):
        a = "".join(f" {k}={v!r}" for k, v in self.attrs.items())
        return f"<{self.tag}{a}>"

    def __del__(self):
        print(f"  del {self.tag}{'#' + self.attrs['id'] if 'id' in self.attrs else ''}")


def render(root):
    for d, n in root.walk():
        print("  " * d + repr(n))


doc = Node("html").append(
    Node("head").append(Node("title", id="t")),
    Node("body").append(
        Node("div", id="main").append(Node("p", id="p1"), Node("p", id="p2")),
        Node("div", id="side"),
    ),
)
render(doc)
p2 = doc.find(lambda n: n.attrs.get("id") == "p2")
print("path:", p2.path())
print("bfs:", [n.tag for n in doc.bfs()])
side = doc.find(lambda n: n.attrs.get("id") == "side")
side.append(p2)
print("moved p2 path:", p2.path())
del p2
print("detach main:")
main = doc.find(lambda n: n.attrs.get("id") == "main").detach()
print("main parent:", main.parent)
del main
print("walk generator abandoned mid-way:")
g = doc.walk()
print(next(g), next(g))
del g
title_ref = weakref.ref(doc.find(lambda n: n.tag == "title"))
print("drop doc:")
del doc, side
print("title alive:", title_ref() is not None)
print("gc:", gc.collect())
