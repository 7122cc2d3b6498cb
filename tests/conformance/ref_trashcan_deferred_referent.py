# A weakref whose referent's dealloc the trashcan deferred (a long chain of
# deallocations, bpo-16602 / gh-60806): until the deferred dealloc clears
# the weakrefs, calling them gives None (PyWeakref_GET_OBJECT checks the
# referent's refcount), so callbacks running inside the chain never see a
# dying object; comparisons, hashes and reprs of such refs act as dead.
import gc

import weakref

seen = []

class Node:
    def __init__(self, parent, n):
        self.n = n
        if parent is None:
            return
        wself = weakref.ref(self)
        def cb(wparent):
            o = wself()
            seen.append(None if o is None else o.n)
        self.wparent = weakref.ref(parent, cb)

d = weakref.WeakKeyDictionary()
root = c = Node(None, 0)
for n in range(1, 120):
    d[c] = c = Node(c, n)
print(len(d))
del root
gc.collect()
print(len(d))
del c
gc.collect()
print(len(d), len(seen))
print("all callbacks saw None or a live node:", all(s is None or isinstance(s, int) for s in seen))
print("callbacks that saw their node dying:", sum(1 for s in seen if s is None))

# A long plain chain: the ref to the head stays valid until it really dies.
class Link:
    pass

head = Link()
cur = head
for i in range(200):
    nxt = Link()
    cur.next = nxt
    cur = nxt
tail_ref = weakref.ref(cur)
head_ref = weakref.ref(head)
del cur, nxt
print(head_ref() is head, tail_ref() is not None)
del head
print(head_ref(), tail_ref())
print(head_ref == tail_ref, repr(head_ref).endswith("; dead>"))
