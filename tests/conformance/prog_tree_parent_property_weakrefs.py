# A tree whose nodes hold their parent by weakref (a property): paths, a detached
# subtree, who dies by refcount and what is left for the collector.
import weakref, gc

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = None
        if parent is not None:
            parent.add(self)
    @property
    def parent(self):
        return self._parent() if self._parent is not None else None
    @parent.setter
    def parent(self, p):
        self._parent = weakref.ref(p) if p is not None else None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def path(self):
        parts = []
        n = self
        while n is not None:
            parts.append(n.name)
            n = n.parent
        return "/".join(reversed(parts))
    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)
    def __del__(self):
        print(f"del {self.name}")

root = Node("root")
usr = Node("usr", root)
bin_ = Node("bin", usr)
lib = Node("lib", usr)
etc = Node("etc", root)
for depth, n in root.walk():
    print("  " * depth + n.name, n.path())
orphan = lib
print("detach usr")
root.children.remove(usr)
del usr, bin_
print("lib path:", orphan.path())
print("collected:", gc.collect())
print("drop root")
del root
print("orphan parent:", orphan.parent)
del orphan
print("leftover:", gc.collect())
print("end")
