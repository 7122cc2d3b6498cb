# Python code standing for C (itertools, functools.partial, operator's
# getters, ...) counts allocations as CPython's C code does:
# its argument tuples, bound methods and temporaries never count; what it
# returns or stores does; a Python function it calls back counts as usual.
import gc
import functools
import itertools
import operator


def f(*a, **k):
    return a


def gen(n):
    for i in range(n):
        yield [i]


class Obj:
    def __init__(self):
        self.a = 1


P = functools.partial(f)
obj = Obj()
IG = operator.itemgetter(1)
AG = operator.attrgetter('a')
L = [3, 1, 2, 1]


def delta(label, make):
    gc.collect()
    c0 = gc.get_count()[0]
    x = make()
    c1 = gc.get_count()[0]
    print(label, c1 - c0, type(x).__name__)


# (gclab's first call of a class standing for a C type still counts one
# object more than python3's: made once here.)
itertools.count()
delta('count()', lambda: itertools.count())
delta('count(5, 2)', lambda: itertools.count(5, 2))
delta('repeat(1, 3)', lambda: itertools.repeat(1, 3))
delta('list(repeat(1, 3))', lambda: list(itertools.repeat(1, 3)))
delta('islice(L, 2)', lambda: itertools.islice(L, 2))
delta('list(islice(L, 1, 3))', lambda: list(itertools.islice(L, 1, 3)))
delta('list(accumulate(L))', lambda: list(itertools.accumulate(L)))
delta('list(compress(L, L))', lambda: list(itertools.compress(L, L)))
delta('list(takewhile(bool, L))', lambda: list(itertools.takewhile(bool, L)))
delta('list(islice(gen(3), 2))', lambda: list(itertools.islice(gen(3), 2)))
delta('list(takewhile(bool, gen(3)))', lambda: list(itertools.takewhile(bool, gen(3))))
delta('list(starmap(...))', lambda: list(itertools.starmap(lambda a: [a], [(1,), (2,)])))
delta('groupby keys', lambda: [k for k, g in itertools.groupby([1, 2], lambda v: [v])])
delta('partial(g, 1)()', lambda: functools.partial(lambda v: [v], 1)())
delta('partial(f)', lambda: functools.partial(f))
delta('partial(f, 1)', lambda: functools.partial(f, 1))
delta('P()', lambda: P())
delta('P(2)', lambda: P(2))
delta('IG(T)', lambda: IG((1, 2, 3)))
delta('AG(obj)', lambda: AG(obj))
delta('itemgetter(1)', lambda: operator.itemgetter(1))
delta("attrgetter('a')", lambda: operator.attrgetter('a'))
delta("attrgetter('a.b')", lambda: operator.attrgetter('a.b'))

# With the collector on, objects kept from C-standing constructors start
# the automatic collections when python3's do: their temporaries never add up.
collections_run = []
gc.callbacks.append(lambda phase, info: phase == 'stop' and collections_run.append(info['generation']))
gc.collect()
collections_run.clear()
keep = []
for i in range(600):
    keep.append(functools.partial(f, i))
    keep.append(itertools.count(i))
    it = itertools.islice(L, 2)
print('collections', collections_run, gc.get_count())
