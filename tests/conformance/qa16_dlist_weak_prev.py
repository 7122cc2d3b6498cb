import weakref
class Node:
    __slots__ = ("value", "next", "_prev", "__weakref__")
    def __init__(self, value):
        self.value = value
        self.next = None
        self._prev = None
    @property
    def prev(self):
        return self._prev() if self._prev is not None else None
    def __del__(self):
        print("free", self.value)

class DList:
    def __init__(self, values=()):
        self.head = self.tail = None
        self.n = 0
        for v in values:
            self.append(v)
    def append(self, v):
        node = Node(v)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            node._prev = weakref.ref(self.tail)
            self.tail = node
        self.n += 1
    def popleft(self):
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        else:
            self.head._prev = None
        self.n -= 1
        return node.value
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def backwards(self):
        n = self.tail
        while n:
            yield n.value
            n = n.prev
    def __len__(self): return self.n

d = DList("abcd")
print(list(d), list(d.backwards()), len(d))
print(d.popleft(), list(d))
it = iter(d)
print(next(it))
d.popleft()
print("popped b while iterating")
print(list(it))
del it
d = None
print("end")
