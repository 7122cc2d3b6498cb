"""A connection pool with context managers and ResourceWarning-like __del__."""
import warnings
import gc
import contextlib

warnings.simplefilter("always")
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print(f"  {category.__name__}: {message}")


class PoolExhausted(Exception):
    pass


class Connection:
    _serial = 0

    def __init__(self, pool):
        Connection._serial += 1
        self.id = Connection._serial
        self.pool = pool
        self.closed = False
        self.queries = 0

    def execute(self, sql):
        if self.closed:
            raise RuntimeError(f"connection {self.id} is closed")
        self.queries += 1
        return f"conn{self.id}:{sql}"

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.pool.release(self)
        return False

    def __del__(self):
        if not self.closed:
            warnings.warn(f"unclosed connection {self.id}", ResourceWarning)
            self.closed = True
        print(f"  conn{self.id} freed after {self.queries} queries")

    def __repr__(self):
        return f"<Connection {self.id} {'closed' if self.closed else 'open'}>"


class Pool:
    def __init__(self, size):
        self.size = size
        self.idle = []
        self.busy = set()

    def acquire(self):
        if self.idle:
            conn = self.idle.pop()
        elif len(self.busy) < self.size:
            conn = Connection(self)
        else:
            raise PoolExhausted(f"all {self.size} connections busy")
        self.busy.add(conn.id)
        return conn

    def release(self, conn):
        self.busy.discard(conn.id)
        self.idle.append(conn)

    def close_all(self):
        while self.idle:
            c = self.idle.pop(0)
            c.close()

    @contextlib.contextmanager
    def transaction(self):
        conn = self.acquire()
        try:
            conn.execute("BEGIN")
            yield conn
            conn.execute("COMMIT")
        except Exception as e:
            conn.execute("ROLLBACK")
            print("  rolled back:", type(e).__name__, e)
            raise
        finally:
            self.release(conn)


pool = Pool(2)
with pool.acquire() as c:
    print(c.execute("SELECT 1"))
print("idle", pool.idle, "busy", sorted(pool.busy))

with pool.transaction() as c:
    c.execute("INSERT")
print("idle", pool.idle)

try:
    with pool.transaction() as c:
        c.execute("UPDATE")
        raise ValueError("constraint failed")
except ValueError as e:
    print("caught", e)

a = pool.acquire()
b = pool.acquire()
try:
    pool.acquire()
except PoolExhausted as e:
    print("exhausted:", e)

print("-- leak a connection")
a.execute("x")
del a
print("-- close the pool")
pool.release(b)
pool.close_all()
del b
print("-- a leaked connection in a cycle")
p2 = Pool(1)
leak = p2.acquire()
leak.me = leak
del leak, p2
print("collect", gc.collect())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    p3 = Pool(1)
    x = p3.acquire()
    del x
    print("recorded", [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print("end")
