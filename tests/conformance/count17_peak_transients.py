# The highest gen0 count an operation reaches, found as the smallest
# threshold at which it starts no automatic collection: objects CPython makes
# and frees inside one call (sorted's bound `sort` method, the list iterator
# set() takes, PySequence_Tuple's hint-sized tuple made before a generator is
# pulled, the frame object and traceback of closing an unstarted generator,
# the AttributeError a module attribute miss normalizes twice) move it even
# though the net count does not. From the state gc.collect() leaves and from
# refilled free lists.
import gc
import re

hit = []


def cb(phase, info):
    if phase == 'start':
        hit.append(1)


gc.callbacks.append(cb)


def refill():
    junk = [[i] for i in range(30)] + [{i: i} for i in range(30)]
    junk += [tuple(range(n)) for n in range(1, 5) for _ in range(5)]
    del junk


def peak(fn, warm):
    for t in range(1, 40):
        if warm:
            refill()
            fn()
            refill()
            del hit[:]
            gc.set_threshold(gc.get_count()[0] + t)
        else:
            gc.collect()
            del hit[:]
            gc.set_threshold(t)
        fn()
        gc.set_threshold(700)
        if not hit:
            return t
    return None


def gen():
    yield 1


def dropped_generator():
    gen()


L = [3, 1, 2]
T = (1, 2)
tests = [
    ('sorted(L)', lambda: sorted(L)),
    ('sorted(L, key=abs)', lambda: sorted(L, key=abs)),
    ('set(L)', lambda: set(L)),
    ('frozenset(T)', lambda: frozenset(T)),
    ('set().update(L)', lambda: set().update(L)),
    ('tuple(genexpr)', lambda: tuple(x for x in range(2))),
    ('tuple(empty genexpr)', lambda: tuple(x for x in ())),
    ('unstarted generator dropped', dropped_generator),
    ("hasattr(re, 'nope')", lambda: hasattr(re, 'nope')),
    ("getattr(re, 'nope', None)", lambda: getattr(re, 'nope', None)),
]
for label, fn in tests:
    print(label, peak(fn, False), peak(fn, True))
gc.callbacks.remove(cb)
