import gc
import sys

class Pool:
    def __init__(self, size):
        self.free = []
        self.created = 0
        self.size = size
    def acquire(self):
        if self.free:
            obj = self.free.pop()
            print(f"reuse buffer #{obj.serial}")
        else:
            self.created += 1
            obj = Buffer(self, self.created)
            print(f"new buffer #{obj.serial}")
        obj.in_use = True
        return obj
    def release(self, obj):
        if len(self.free) < self.size:
            self.free.append(obj)
            return True
        return False

class Buffer:
    def __init__(self, pool, serial):
        self.pool = pool
        self.serial = serial
        self.in_use = False
        self.data = bytearray(8)
    def __del__(self):
        if self.in_use:
            self.in_use = False
            if self.pool.release(self):
                print(f"buffer #{self.serial} resurrected into pool")
                return
        print(f"buffer #{self.serial} really freed")

pool = Pool(2)
def work(n):
    b = pool.acquire()
    b.data[0] = n
    return b.data[0]
for i in range(3):
    print("work", work(i))
bufs = [pool.acquire() for _ in range(3)]
print("holding", [b.serial for b in bufs], "free", len(pool.free))
del bufs
print("free after release", [b.serial for b in pool.free])
b = pool.acquire()
print("got", b.serial, "in_use", b.in_use)
del b
print("b deleted again: __del__ runs only once per object (PEP 442)")
print("free", [x.serial for x in pool.free])
print("created", pool.created)
x = pool.acquire()
x.in_use = False
del x
gc.collect()
print("end")
