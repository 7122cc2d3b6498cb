import sys

class TrieNode:
    __slots__ = ("children", "terminal", "count")

    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0

class Trie:
    __slots__ = ("root", "size", "__weakref__")

    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        n = self._find(word)
        return n is not None and n.terminal

    def __len__(self):
        return self.size

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.terminal:
                out.append(p)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], p + ch))
        out.sort()
        return out[:limit] if limit else out

    def count_prefix(self, prefix):
        n = self._find(prefix)
        return 0 if n is None else n.count

    def remove(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].terminal:
            raise KeyError(word)
        path[-1].terminal = False
        self.size -= 1
        for i in range(len(word), 0, -1):
            node = path[i]
            node.count -= 1
            if node.count == 0:
                del path[i - 1].children[word[i - 1]]

    def __iter__(self):
        return iter(self.complete(""))

    def __repr__(self):
        return f"Trie({len(self)} words)"

WORDS = """apple app application apply ape apex banana band bandana bandit
can candle candy cane cannon car card care careful cart""".split()
t = Trie(WORDS)
print(t, len(t), "app" in t, "appl" in t)
for p in ["ap", "ban", "car", "ca", "z", ""]:
    print(f"{p!r:6} {t.count_prefix(p):2} {t.complete(p, limit=4)}")
t.remove("car")
print("car" in t, "card" in t, t.complete("car"))
try:
    t.remove("cat")
except KeyError as e:
    print("KeyError", e)
try:
    t.remove("ca")
except KeyError as e:
    print("KeyError", e)
print(list(t)[:5], len(list(t)))
n = TrieNode()
try:
    n.extra = 1
except AttributeError as e:
    print(e)
print(hasattr(n, "__dict__"), TrieNode.__slots__, type(TrieNode.terminal).__name__)
try:
    TrieNode().terminal2
except AttributeError as e:
    print(e)
m = TrieNode()
try:
    m.count
except AttributeError:
    print("should not happen")
del m.count
try:
    m.count
except AttributeError as e:
    print(e)
import weakref
r = weakref.ref(t)
print(r() is t)
try:
    weakref.ref(n)
except TypeError as e:
    print(e)
class Sub(TrieNode):
    pass
s = Sub()
s.anything = 1
print(s.__dict__, Sub.__slots__ if hasattr(Sub, "__slots__") else None)
class Bad(TrieNode):
    __slots__ = ("count",)
print(Bad.__slots__)
try:
    class Conflict(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError:", e)
print(sorted(w for w in t if w.startswith("ban")))
