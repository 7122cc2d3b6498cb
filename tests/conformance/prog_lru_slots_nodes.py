# A hand-written LRU cache: __slots__ nodes with __weakref__, a doubly linked
# list whose evicted node is unlinked, values announcing their eviction,
# __getitem__/__setitem__/__contains__/__iter__ and a match-based command loop.
# LRU cache by hand with __slots__ nodes, operator overloading and match
import weakref
class Node:
    __slots__ = ("key", "value", "prev", "next", "__weakref__")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None
    def __repr__(self): return f"Node({self.key!r})"
class Value:
    def __init__(self, v): self.v = v
    def __del__(self): print(f"evicted value {self.v}")
    def __repr__(self): return f"Value({self.v})"
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head = Node(None, None); self.tail = Node(None, None)
        self.head.next = self.tail; self.tail.prev = self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def __getitem__(self, k):
        n = self.map[k]
        self._unlink(n); self._push(n)
        return n.value
    def __setitem__(self, k, v):
        if k in self.map:
            n = self.map[k]; n.value = v
            self._unlink(n); self._push(n)
            return
        n = Node(k, v); self.map[k] = n; self._push(n)
        if len(self.map) > self.cap:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            old.prev = old.next = None
    def __contains__(self, k): return k in self.map
    def __len__(self): return len(self.map)
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    def __repr__(self): return f"LRU({list(self)})"
c = LRU(2)
c["a"] = Value(1); c["b"] = Value(2)
print(c["a"], c)
c["c"] = Value(3)
print(c, "b" in c, len(c))
probe = weakref.ref(c.map["a"])
c["d"] = Value(4)
c["e"] = Value(5)
print(probe(), c)
for cmd in [("get", "d"), ("put", "f", 6), ("del",), ("get", "zz")]:
    match cmd:
        case ("get", key) if key in c:
            print("got", c[key])
        case ("get", key):
            print("miss", key)
        case ("put", key, val):
            c[key] = Value(val)
        case _:
            print("unknown", cmd)
print("end", c)
