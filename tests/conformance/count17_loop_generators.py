# Threshold-triggered collections while a loop makes generators: tuple() of a
# generator expression allocates its hint-sized tuple before pulling the
# generator (whose frame keeps the <genexpr> function), and an unstarted
# generator that dies is closed with a GeneratorExit logged on a new frame
# object and traceback (3.11), both freed at once.
import gc

log = []


class D:
    def __init__(self, tag):
        self.tag = tag
        self.me = self

    def __del__(self):
        log.append(self.tag)


def cb(phase, info):
    if phase == 'stop':
        log.append(('gc', info['generation'], info['collected']))


class N:
    pass


def g(box):
    yield box


def sums(i):
    a = N()
    a.s = sum(x for x in range(3))
    a.t = tuple(x for x in range(2))
    a.me = a
    if i % 4 == 0:
        D(i)


def unstarted(i):
    box = []
    box.append(g(box))
    if i % 3 == 0:
        D(i)


def sets(i):
    a = N()
    a.s = set([i, i + 1])
    a.f = frozenset((i,))
    a.l = sorted([3, 1, 2])
    a.me = a
    if i % 4 == 0:
        D(i)


for fn, t in ((sums, 7), (unstarted, 6), (sets, 7)):
    gc.collect()
    del log[:]
    gc.callbacks.append(cb)
    gc.set_threshold(t, 3, 3)
    counts = []
    for i in range(30):
        fn(i)
        counts.append(gc.get_count()[0])
    gc.callbacks.remove(cb)
    gc.set_threshold(700, 10, 10)
    print(counts)
    print(log)
