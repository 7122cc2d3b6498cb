# Threshold-triggered collections while a loop makes exceptions that keep
# their tracebacks in cycles: calling an exception class packs its
# arguments into a tuple before BaseException_new allocates the instance, so
# a collection started by either allocation finds python3's objects (the
# args tuple of atoms is untracked by the collection it survives).
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


def fail():
    raise ValueError('x')


def step(i):
    try:
        fail()
    except ValueError as e:
        keep = e
    keep.me = keep
    if i % 3 == 0:
        D(i)


def chained(i):
    try:
        try:
            raise ValueError(i)
        except ValueError as e:
            raise KeyError(i) from e
    except KeyError as k:
        k.me = k
    if i % 4 == 0:
        D(i)


for fn, t in ((step, 8), (chained, 7)):
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
