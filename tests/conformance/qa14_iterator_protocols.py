# An ordinary program (qa14 sweep): iterator protocols (__iter__/__next__,
# __getitem__ sequences, __reversed__, __contains__), a linked list with
# slicing, tree traversal with yield from, zip strict.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
    def __contains__(self, x):
        return 0 < x <= self.start
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, cur, hi):
        self.cur, self.hi = cur, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
c = Countdown(5)
print(list(c), list(reversed(c)), len(c), 3 in c, 9 in c, sorted(c), sum(c), max(c))
print(list(Range2(3, 7)), [x for x in Seq()], 9 in Seq(), list(enumerate(Seq(), 1)), dict(zip("abc", Range2(0, 3))))
it = iter(Range2(0, 2))
print(next(it), next(it), next(it, None))
class LinkedList:
    class _Node:
        __slots__ = ("val", "next")
        def __init__(self, val, next=None):
            self.val, self.next = val, next
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self): return self._len
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("LinkedList index out of range")
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, n = None, self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
ll = LinkedList("abcde")
print(ll, len(ll), ll[1], ll[-1], ll[1:4], list(ll))
ll.reverse()
print(ll, bool(LinkedList()), "c" in ll)
try:
    ll[10]
except IndexError as e:
    print(e)
class Tree:
    def __init__(self, v, l=None, r=None): self.v, self.l, self.r = v, l, r
    def inorder(self):
        if self.l: yield from self.l.inorder()
        yield self.v
        if self.r: yield from self.r.inorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5)))
print(list(t.inorder()))
class NotIter: pass
try:
    for x in NotIter(): pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
it = iter([1, 2, 3])
for x in it:
    print(x, next(it, "end"))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a"])), list(zip()), list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2], "abc", strict=True))
except ValueError as e:
    print(e)
