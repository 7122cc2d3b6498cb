# A teacher's doubly linked list: prev links as weak references through a
# property, removal freeing a node at once, the list freed node by node when
# deleted; the same list with strong back-links needs gc.collect() (with
# __del__, PEP 442: collected, nothing in gc.garbage).
# CPython: Modules/gcmodule.c, Objects/typeobject.c subtype_dealloc.
import gc, weakref, sys
gc.disable()
class Node:
    def __init__(self, val):
        self.val = val; self.next = None; self._prev = None
    @property
    def prev(self): return self._prev() if self._prev else None
    @prev.setter
    def prev(self, n): self._prev = weakref.ref(n) if n else None
    def __repr__(self): return f"Node({self.val})"
    def __del__(self): print("free", self.val)
class DList:
    def __init__(self, *vals):
        self.head = self.tail = None
        for v in vals: self.append(v)
    def append(self, v):
        n = Node(v)
        if self.tail is None: self.head = self.tail = n
        else:
            self.tail.next = n; n.prev = self.tail; self.tail = n
    def __iter__(self):
        n = self.head
        while n: yield n; n = n.next
    def remove(self, v):
        for n in self:
            if n.val == v:
                if n.prev: n.prev.next = n.next
                else: self.head = n.next
                if n.next: n.next.prev = n.prev
                else: self.tail = n.prev
                return
lst = DList(1, 2, 3, 4)
print(list(lst), [n.prev for n in lst])
lst.remove(2)
print("removed 2")
print(list(lst))
del lst
print("list deleted")
class StrongNode:
    def __init__(self, v): self.v = v; self.prev = self.next = None
    def __del__(self): print("strong free", self.v)
a, b = StrongNode("a"), StrongNode("b")
a.next, b.prev = b, a
del a, b
print("no free yet")
print("collected", gc.collect())
print(gc.garbage)
