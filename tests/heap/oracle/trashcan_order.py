# Oracle for tests/heap/trashcan.test.ts (CPython 3.11: _PyTrash_begin/_end,
# _PyTrash_UNWIND_LEVEL = 50, deposited objects destroyed last in, first out).
# Order of __del__ calls when a chain deeper than the trashcan's unwind
# level (50) dies from its head. Each node n_i holds n_{i+1} (attribute
# `nxt`, set first) and a leaf l_i (attribute `leaf`); attributes are
# released in shared-key order, so nxt goes before leaf.
import gc
gc.disable()
log = []
class N:
    def __init__(self, name): self.name = name
    def __del__(self): log.append(self.name)
DEPTH = 120
head = None
for i in reversed(range(DEPTH)):
    n = N('n%d' % i)
    n.nxt = head
    n.leaf = N('l%d' % i)
    head = n
del n
del head
print(' '.join(log))

# Lists: cell i is [N('a<i>'), cell i+1]; list_dealloc releases last to
# first, so the next cell goes before the item. Only list deallocs nest.
log.clear()
cell = None
for i in reversed(range(DEPTH)):
    cell = [N('a%d' % i), cell]
del cell
print(' '.join(log))
