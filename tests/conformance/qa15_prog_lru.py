# An ordinary program from the qa15 sweep (python3 and gclab agree on it).
class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            print(f"  evict {lru.key!r}")
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next

    def items(self):
        return [(k, self.map[k].value) for k in self]

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"


def cached(cache):
    def deco(fn):
        def wrapper(*args):
            if args in cache:
                return cache[args]
            r = fn(*args)
            cache[args] = r
            return r
        wrapper.__name__ = fn.__name__
        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k in "abcabdae":
    if c.get(k) is None:
        c[k] = k.upper() * 2
    print(k, list(c))
print(c, len(c), "a" in c, "b" in c)
print(c.hits, c.misses)
del c["a"]
print(c)
try:
    c["zzz"]
except KeyError as e:
    print("KeyError", e)
try:
    del c["zzz"]
except KeyError as e:
    print("KeyError on del", e)


@cached(LRUCache(50))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache), fib.cache.hits, fib.__name__)
try:
    LRUCache(0)
except ValueError as e:
    print(e)
c[[1, 2]] = 3
