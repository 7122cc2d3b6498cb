import weakref

class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(str(node.value))
            node = node.parent
        return "/".join(reversed(parts))

    def walk(self, depth=0):
        yield depth, self
        for ch in self.children:
            yield from ch.walk(depth + 1)

    def __del__(self):
        print(f"del {self.value}")

root = Node("root")
usr = Node("usr", root)
lib = Node("lib", usr)
Node("bin", usr)
Node("etc", root)
for depth, n in root.walk():
    print("  " * depth + n.value)
print(lib.path())
del usr
print("usr still reachable via root")
root.children.pop(0)
print("popped usr subtree; lib parent:", lib.parent)
print(lib.path())
del root
print("end")
