# _thread.RLock (Modules/_threadmodule.c) holds its lock as a C field (a
# bare PyThread lock), so threading.RLock() is one GC object, as
# threading.Lock() is; a Condition made without a lock makes one RLock.
# acquire() of an owner returns True and counts up; release() by a
# non-owner raises RuntimeError.
import gc
import threading

gc.disable()


def refill():
    junk = [[i] for i in range(30)] + [{i: i} for i in range(30)]
    junk += [tuple(range(n)) for n in range(1, 5) for _ in range(5)]
    del junk


keep = []


def delta(label, fn):
    refill()
    fn()
    refill()
    a = gc.get_count()[0]
    n = len(gc.get_objects())
    r = fn()
    b = gc.get_count()[0]
    m = len(gc.get_objects())
    keep.append(r)
    print(label, b - a, m - n, gc.is_tracked(r))


gc.collect()
delta('Lock()', threading.Lock)
delta('RLock()', threading.RLock)
delta('Condition()', threading.Condition)
delta('Condition(Lock())', lambda: threading.Condition(threading.Lock()))
delta('Semaphore()', threading.Semaphore)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(r._is_owned(), repr(r).split(' owner=')[0])
r.release()
r.release()
r.release()
print(r._is_owned(), repr(r).split(' owner=')[0])
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    r.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
c = threading.Condition()
with c:
    print('in with', c._is_owned())
print('after with', c._is_owned())
with r:
    with r:
        print('nested', repr(r).split(' at ')[0].split(' owner=')[1].split(' ')[1])
gc.enable()
