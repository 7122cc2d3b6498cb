import weakref, gc

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return None if self._parent is None else self._parent()
    def path(self):
        p = self.parent
        return (p.path() + "/" if p else "") + self.name
    def __del__(self):
        print("del", self.name)

root = Node("root")
a = Node("a", root)
b = Node("b", a)
c = Node("c", root)
print(b.path(), c.path())
leaf = b
del a, b, c
print("dropping root; leaf kept")
del root
print("leaf parent:", leaf.parent.name if leaf.parent else None)
print(leaf.path())
del leaf
print("end")
