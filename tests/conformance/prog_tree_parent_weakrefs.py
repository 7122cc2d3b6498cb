# A tree whose nodes hold weak parent references: recursive generators over
# it, a custom exception, detaching a subtree while a node inside is still
# referenced, and a walker generator keeping the tree alive.
# tree with parent weakrefs, recursive generators, __iter__, exceptions
import weakref, gc
gc.disable()
class TreeError(Exception): pass
class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None
    def __iter__(self):
        yield self
        for ch in self.children:
            yield from ch
    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))
    def find(self, name):
        for n in self:
            if n.name == name:
                return n
        raise TreeError(f"no node {name!r} under {self.name}")
    def __del__(self):
        print("free", self.name)
root = Tree("root")
usr = Tree("usr", root); Tree("bin", usr); Tree("lib", usr)
etc = Tree("etc", root)
print([n.path() for n in root])
try:
    root.find("nope")
except TreeError as e:
    print("error:", e)
lib = root.find("lib")
del usr
print("detaching usr subtree")
root.children.remove(root.find("usr"))
print("lib path now:", lib.path())
print("parent of lib:", lib.parent.name)
del lib
walker = iter(root)
print(next(walker).name)
del root
print("root dropped while walker alive")
print(next(walker).name)
del walker
print("walker dropped")
print(etc.parent)
