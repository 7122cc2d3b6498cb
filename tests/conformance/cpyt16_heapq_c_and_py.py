# heapq.py is CPython's Python module; _heapq's C functions replace its
# heappush/heappop/... when _heapq can be imported. With _heapq blocked the
# Python definitions run (and show frames); nsmallest/nlargest/merge are
# Python either way.
import sys

def fresh_heapq(blocked):
    saved = sys.modules.pop('heapq', None)
    saved_c = sys.modules.pop('_heapq', None)
    if blocked:
        sys.modules['_heapq'] = None
    try:
        import heapq
        return heapq
    finally:
        if blocked:
            del sys.modules['_heapq']
        if saved_c is not None:
            sys.modules['_heapq'] = saved_c
        if saved is not None:
            sys.modules['heapq'] = saved
        else:
            sys.modules.pop('heapq', None)

py = fresh_heapq(True)
c = fresh_heapq(False)
for name in ('heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', '_heapify_max', 'merge', 'nlargest'):
    print(name, getattr(py, name).__module__, getattr(c, name).__module__,
          type(getattr(c, name)).__name__)

class Item:
    compares = 0
    def __init__(self, key, tag):
        self.key, self.tag = key, tag
    def __lt__(self, other):
        Item.compares += 1
        return self.key < other.key
    def __repr__(self):
        return f'{self.tag}{self.key}'

data = [5, 1, 8, 3, 9, 2, 7, 3, 1]
for mod in (py, c):
    h = []
    for x in data:
        mod.heappush(h, x)
    print(h, [mod.heappop(h) for _ in range(4)], h)
    h = list(data)
    mod.heapify(h)
    print(h, mod.heapreplace(h, 6), mod.heappushpop(h, 0), h)
    items = [Item(k, t) for k, t in zip([3, 1, 3, 2, 1, 4, 2], 'abcdefg')]
    Item.compares = 0
    print(mod.nsmallest(3, items), mod.nlargest(3, items), Item.compares)
    print(mod.nsmallest(2, 'hello world', key=ord), mod.nlargest(1, []), mod.nsmallest(0, [1]))
    print(mod.nlargest(3, {'a': 5, 'b': 9, 'c': 1, 'd': 9}.items(), key=lambda kv: kv[1]))
    print(list(mod.merge([1, 4, 7], [2, 5, 8], [0, 9])))
    print(list(mod.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
    print(list(mod.merge([7, 4, 1], [8, 5, 2], reverse=True)))
    for bad in (lambda: mod.heappush((), 1), lambda: mod.heappop([]), lambda: mod.heapify(None)):
        try:
            bad()
        except (TypeError, IndexError, AttributeError) as e:
            print(type(e).__name__, e)

import heapq
print(heapq.__about__.splitlines()[0], heapq.merge.__doc__.splitlines()[0])
