# PySequence_Tuple (CPython 3.11) allocates its tuple at the iterable's
# length hint (PyObject_LengthHint(v, 10): a map, filter, zip or generator
# has none, so 10; a dict, set, str or range its length; a class its
# __len__ or __length_hint__), grows it in place and cuts it back to the
# items' count. So tuple(gen) takes a new 10-tuple (counted) while
# tuple(list) reuses a freed one of its own size; tuple(gen) with no items
# makes and frees the 10-tuple. A tuple subclass (namedtuple._make,
# _replace) builds that tuple first and frees it; f(*gen) builds it too.
import gc
from collections import namedtuple

gc.disable()
P = namedtuple('P', 'x y')
p = P(1, 2)


class T(tuple):
    pass


class Hinted:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __length_hint__(self):
        return 30


class Sized:
    def __iter__(self):
        return iter('abc')

    def __len__(self):
        return 0


def refill():
    # Puts lists, dicts and 1- to 4-tuples back on their free lists.
    junk = [[i] for i in range(30)] + [{i: i} for i in range(30)]
    junk += [tuple(range(n)) for n in range(1, 5) for _ in range(5)]
    del junk


def gen(n):
    for i in range(n):
        yield i


def f(*a):
    return a


keep = []


def delta(label, fn):
    refill()
    fn()
    refill()
    a = gc.get_count()[0]
    r = fn()
    b = gc.get_count()[0]
    keep.append(r)
    print(label, b - a, r)


# gc.collect() empties every free list; no tuple of 10, 12 or 30 items is
# freed before the last group, so the hinted tuples are new allocations.
gc.collect()
refill()
delta('tuple(list)', lambda: tuple([1, 2]))
delta('tuple(range)', lambda: tuple(range(3)))
delta('tuple(dict)', lambda: tuple({'a': 1}))
delta('tuple(map)', lambda: tuple(map(int, '12')))
delta('tuple(gen 2)', lambda: tuple(gen(2)))
delta('tuple(gen 15)', lambda: len(tuple(gen(15))))
delta('tuple(Hinted 2)', lambda: tuple(Hinted(2)))
delta('tuple(Sized)', lambda: tuple(Sized()))
delta('T(list)', lambda: T([1, 2]))
delta('T(map)', lambda: T(map(int, '12')))
delta('f(*gen)', lambda: f(*gen(3)))
delta('f(*list)', lambda: f(*[1]))
delta('P._make(list)', lambda: P._make([3, 4]))
delta('P._make(map)', lambda: P._make(map(int, '34')))
delta('p._replace', lambda: p._replace(x=3))
for i in range(2):
    delta('tuple(zip) %d' % i, lambda: tuple(zip('ab', 'cd')))
# With no items the hint-sized tuple is made and freed (to its free list):
# from the second run on it is reused.
delta('tuple(gen 0)', lambda: tuple(gen(0)))
delta('T(gen 0)', lambda: T(gen(0)))
delta('f(*gen 0)', lambda: f(*gen(0)))
delta('tuple(map) again', lambda: tuple(map(int, '12')))
gc.enable()
