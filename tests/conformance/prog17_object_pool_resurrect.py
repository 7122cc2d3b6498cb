class Pool:
    free = []
    created = 0

class Conn:
    def __init__(self):
        Pool.created += 1
        self.id = Pool.created
        print("new conn", self.id)
    def __del__(self):
        if len(Pool.free) < 2:
            print("return to pool", self.id)
            Pool.free.append(self)
        else:
            print("really closing", self.id)

def acquire():
    if Pool.free:
        c = Pool.free.pop()
        print("reuse", c.id)
        return c
    return Conn()

c1 = acquire(); c2 = acquire(); c3 = acquire()
del c1, c2, c3
print("pool", [c.id for c in Pool.free])
c = acquire()
del c
print("pool", [c.id for c in Pool.free])
c = acquire()
del c
print("pool after second release (del not rerun):", [c.id for c in Pool.free])
print("end")
