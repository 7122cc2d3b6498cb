"""A doubly linked list whose back links are weak."""
import weakref
import gc


class Node:
    __slots__ = ("value", "next", "_prev", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.next = None
        self._prev = None

    @property
    def prev(self):
        return self._prev() if self._prev is not None else None

    @prev.setter
    def prev(self, node):
        self._prev = weakref.ref(node) if node is not None else None

    def __del__(self):
        print(f"  node {self.value} freed")


class DList:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for it in items:
            self.append(it)

    def append(self, value):
        n = Node(value)
        if self.tail is None:
            self.head = n
        else:
            self.tail.next = n
            n.prev = self.tail
        self.tail = n
        self.size += 1
        return n

    def remove(self, node):
        p = node.prev
        if p is None:
            self.head = node.next
        else:
            p.next = node.next
        if node.next is None:
            self.tail = p
        else:
            node.next.prev = p
        self.size -= 1

    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next

    def backwards(self):
        n = self.tail
        while n is not None:
            yield n.value
            n = n.prev

    def __len__(self):
        return self.size

    def __repr__(self):
        return "DList(" + " <-> ".join(map(str, self)) + ")"


dl = DList("abcde")
print(dl, len(dl))
print(list(dl.backwards()))
print("gc tracked cycles:", gc.collect())

mid = dl.head.next.next
print("removing", mid.value)
dl.remove(mid)
print(dl)
print("mid still referenced by name:", mid.value, mid.prev.value)
del mid
print(list(dl.backwards()))

print("pop head")
dl.remove(dl.head)
print(dl)

it = iter(dl)
print(next(it))
print("dropping the list while an iterator is live")
dl = None
print(list(it))
del it
print("after iterator gone")

big = DList(range(5))
print(sum(big), max(big.backwards()))
big.tail = None
print("tail cleared")
big.head = None
print("head cleared; no collector needed:", gc.collect())
