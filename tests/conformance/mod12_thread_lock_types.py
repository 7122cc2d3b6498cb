# threading.Lock() and RLock() are _thread's C types: their names, reprs,
# no __dict__, weak references, and the pickling/copying refusals; _thread
# re-exports them; copy.copy(super(B, b)) copies b through the super
# object's __reduce_ex__, which pickle then rejects.
import _thread
import copy
import pickle
import re
import threading
import weakref

lock = threading.Lock()
print(type(lock), type(lock).__name__, type(lock).__module__, type(lock) is _thread.LockType)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(lock)))
lock.acquire()
print(re.sub("0x[0-9a-f]+", "ADDR", repr(lock)), lock.locked())
lock.release()
print(hasattr(lock, "__dict__"), weakref.ref(lock)() is lock)
try:
    lock.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(lock)()
except TypeError as e:
    print("TypeError:", e)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        pickle.dumps(lock, proto)
    except (TypeError, pickle.PicklingError) as e:
        print(proto, type(e).__name__, e)
for f in (copy.copy, copy.deepcopy):
    try:
        f(lock)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

rlock = threading.RLock()
print(type(rlock), type(rlock) is _thread.RLock)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(rlock)))
with rlock:
    print(re.sub("owner=[0-9]+", "owner=N", re.sub("0x[0-9a-f]+", "ADDR", repr(rlock))))
for proto in (0, 2, 4):
    try:
        pickle.dumps(rlock, proto)
    except TypeError as e:
        print(proto, "TypeError:", e)
print(threading.ThreadError is RuntimeError is _thread.error)
l2 = _thread.allocate_lock()
print(type(l2) is type(lock), l2.acquire(False), l2.acquire(False))


class A:
    def f(self):
        return "A.f"


class B(A):
    def __init__(self):
        self.x = [1]

    def f(self):
        return "B.f"


b = B()
s = super(B, b)
c = copy.copy(s)
print(type(c).__name__, c.x is b.x, c is b)
d = copy.deepcopy(s)
print(type(d).__name__, d.x == b.x, d.x is b.x)
try:
    pickle.dumps(s)
except pickle.PicklingError as e:
    print("PicklingError:", e)
try:
    copy.copy(super(B))
except TypeError as e:
    print("TypeError:", e)
