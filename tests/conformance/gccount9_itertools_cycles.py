# The itertools iterators hold what CPython's C objects hold: C arrays of
# indices are no objects, and the result tuple the C object keeps (and
# reuses) is one. So a cycle through an iterator is as many objects for
# gc.collect() before and after its first items as in python3.
import gc
import itertools


def cycle_through(make, steps):
    it = make()
    for _ in range(steps):
        next(it)
    holder = [it]
    holder.append(holder)
    del holder, it
    return gc.collect()


gc.collect()
makers = [
    ('zip_longest', lambda: itertools.zip_longest((1, 2), (3,))),
    ('zip_longest of 3', lambda: itertools.zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)),
    ('permutations', lambda: itertools.permutations((1, 2, 3))),
    ('permutations r=2', lambda: itertools.permutations('abcd', 2)),
    ('combinations', lambda: itertools.combinations((1, 2, 3), 2)),
    ('combinations_with_replacement', lambda: itertools.combinations_with_replacement('ab', 2)),
    ('product', lambda: itertools.product((1, 2), (3, 4))),
    ('product repeat', lambda: itertools.product((1, 2), repeat=3)),
]
for name, make in makers:
    print(name, [cycle_through(make, steps) for steps in (0, 1, 2)])


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


# The kept result tuple holds the last items until the next one replaces it.
items = [Item('a'), Item('b'), Item('c')]
perms = itertools.permutations(items, 2)
first = next(perms)
print([i.name for i in first])
del first, items
print('items dropped')
second = next(perms)
print([i.name for i in second])
del second
print('second dropped')
del perms
print('end')
