# Generator finalization, as CPython 3.11 does it (_PyGen_Finalize):
# a suspended generator is closed when it dies -- its `finally` runs at
# that moment -- whether it dies by refcount or, inside a reference
# cycle, during gc.collect() (a PEP 442 finalizer). Run it with
#   npx gclab run --explain examples/generator_finalization.py
import gc
import weakref

gc.disable()


class Connection:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("del", name_of(self))


def name_of(conn):
    return conn.name


def rows(name):
    conn = Connection(name)
    try:
        for i in range(3):
            yield f"{name} row {i}"
    finally:
        print("closing", name, "in finally")


print("-- refcount death")
r = rows("db1")
print(next(r))
w = weakref.ref(r, lambda _: print("weakref callback runs first"))
del r
print("after del")

print("-- in a cycle")
class Cursor:
    pass
c = Cursor()
c.rows = rows("db2")
c.self = c
print(next(c.rows))
del c
print("before collect")
gc.collect()
print("after collect")

print("-- exhausted generators run their finally when they finish")
print(list(rows("db3")))
