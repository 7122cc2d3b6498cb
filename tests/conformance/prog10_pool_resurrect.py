"""An object pool whose objects return themselves via __del__ (resurrection)."""
import gc
import sys


class Pool:
    def __init__(self, size):
        self.free = []
        self.created = 0
        self.returned = 0
        for _ in range(size):
            self.free.append(self._make())

    def _make(self):
        self.created += 1
        return Conn(self, self.created)

    def acquire(self):
        if self.free:
            c = self.free.pop()
        else:
            c = self._make()
        c.in_use = True
        print(f"acquire -> conn#{c.ident}")
        return c

    def give_back(self, c):
        self.returned += 1
        self.free.append(c)


class Conn:
    def __init__(self, pool, ident):
        self.pool = pool
        self.ident = ident
        self.in_use = False
        self.uses = 0

    def query(self, q):
        self.uses += 1
        return f"conn#{self.ident}:{q.upper()}"

    def __del__(self):
        if self.in_use:
            print(f"  conn#{self.ident} dropped while in use: resurrecting into pool")
            self.in_use = False
            self.pool.give_back(self)
        else:
            print(f"  conn#{self.ident} really freed")


pool = Pool(2)
print("free:", [c.ident for c in pool.free])

c = pool.acquire()
print(c.query("select 1"))
del c
print("free after drop:", [c.ident for c in pool.free])

c = pool.acquire()
print("same object reused:", c.ident, "uses", c.uses)
d = pool.acquire()
e = pool.acquire()
print(d.query("a"), e.query("b"))
del d, e
c = None
print("free:", sorted(x.ident for x in pool.free), "returned", pool.returned)

# __del__ is called only once per object in CPython 3.4+: a resurrected
# object dropped again is not finalized a second time.
again = pool.acquire()
print("acquired", again.ident)
again = None
print("free:", sorted(x.ident for x in pool.free))

# pool in a cycle with its connections
print("refcount of pool:", sys.getrefcount(pool))
gc.collect()
print("dropping pool")
del pool
print("collected:", gc.collect() > 0)
print("end")
