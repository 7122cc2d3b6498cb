"""A tree whose children refer to their parents by weakref."""
import weakref
import gc


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = {}
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children[name] = self

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def find(self, path):
        node = self
        for part in path.split("/"):
            node = node.children[part]
        return node

    def __del__(self):
        print(f"  free {self.name}")

    def dump(self, indent=0):
        print("  " * indent + self.name)
        for ch in sorted(self.children):
            self.children[ch].dump(indent + 1)


root = TreeNode("")
etc = TreeNode("etc", root)
usr = TreeNode("usr", root)
TreeNode("hosts", etc)
TreeNode("passwd", etc)
lib = TreeNode("lib", usr)
TreeNode("python3", lib)
root.dump()
leaf = root.find("usr/lib/python3")
print(leaf.path())
print("no cycles to collect:", gc.collect())
print("detaching usr")
del usr, lib
orphan = root.children.pop("usr")
print(orphan.path())
del orphan
print("usr subtree released without the collector")
print("leaf still held:", leaf.name, "parent alive:", leaf.parent is not None)
print(leaf.path())
del leaf
print("leaf dropped")
print("dropping root")
del etc
root = None
print("all gone", gc.collect())
