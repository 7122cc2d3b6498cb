# A connection pool: a context manager class made per call, nested with
# blocks, __exit__ swallowing KeyError, a custom RuntimeError subclass, weak
# proxies back to the pool and ReferenceError once it is gone.
# resource pool with __enter__/__exit__, exceptions and finalizers
import weakref
class PoolExhausted(RuntimeError):
    def __init__(self, size):
        super().__init__(f"pool of {size} exhausted")
        self.size = size
class Conn:
    _ids = iter(range(1, 100))
    def __init__(self, pool):
        self.id = next(Conn._ids)
        self.pool = weakref.proxy(pool)
        self.closed = False
    def query(self, q):
        if self.closed:
            raise ValueError(f"conn {self.id} is closed")
        if q == "boom":
            raise KeyError(q)
        return f"{q}@{self.id}"
    def __del__(self):
        print(f"conn {self.id} finalized")
class Pool:
    def __init__(self, size):
        self.size = size
        self.free = [Conn(self) for _ in range(size)]
        self.used = set()
    def acquire(self):
        if not self.free:
            raise PoolExhausted(self.size)
        c = self.free.pop()
        self.used.add(c)
        return c
    def release(self, c):
        self.used.discard(c)
        self.free.append(c)
    def connection(self):
        pool = self
        class _Ctx:
            def __enter__(self):
                self.c = pool.acquire()
                return self.c
            def __exit__(self, et, ev, tb):
                pool.release(self.c)
                print("released", self.c.id, "after", et.__name__ if et else "success")
                del self.c
                return et is KeyError
        return _Ctx()
pool = Pool(2)
with pool.connection() as c1:
    print(c1.query("select"))
    with pool.connection() as c2:
        print(c2.query("boom"))
    try:
        with pool.connection() as c3, pool.connection() as c4:
            pass
    except PoolExhausted as e:
        print("exhausted:", e, e.size, isinstance(e, RuntimeError))
print(len(pool.free), len(pool.used))
c = pool.acquire()
print(c.pool.size)
del pool
# Each connection() made a class whose methods close over the pool: class
# objects are cycles, so the pool lives until a collection.
import gc
gc.collect()
try:
    c.pool.size
except ReferenceError as e:
    print("ReferenceError:", e)
print("end", c.id)
