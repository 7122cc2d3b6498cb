# A doubly linked list with __slots__ items (next strong, prev weak): iteration
# both ways, popleft, and the chain freeing item by item when the list goes.
import weakref, gc

class Item:
    __slots__ = ("value", "next", "_prev", "__weakref__")
    def __init__(self, value):
        self.value = value
        self.next = None
        self._prev = None
    @property
    def prev(self):
        return None if self._prev is None else self._prev()
    def __del__(self):
        print(f"  free {self.value}")

class DList:
    def __init__(self, it=()):
        self.head = self.tail = None
        self.size = 0
        for v in it:
            self.append(v)
    def append(self, v):
        item = Item(v)
        if self.tail is None:
            self.head = self.tail = item
        else:
            item._prev = weakref.ref(self.tail)
            self.tail.next = item
            self.tail = item
        self.size += 1
    def popleft(self):
        item = self.head
        self.head = item.next
        if self.head is None:
            self.tail = None
        else:
            self.head._prev = None
        self.size -= 1
        return item.value
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __reversed__(self):
        n = self.tail
        while n:
            yield n.value
            n = n.prev
    def __len__(self):
        return self.size

dl = DList("abcde")
print(list(dl), list(reversed(dl)), len(dl))
print("popleft", dl.popleft())
print("popleft", dl.popleft())
print(list(reversed(dl)))
it = iter(dl)
print(next(it))
print("drop list while iterating")
del dl
print(next(it))
print("drop iterator")
del it
print("gc:", gc.collect())
