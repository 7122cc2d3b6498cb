"""A priority-queue event simulator with callbacks held weakly and strongly."""
import heapq
import weakref
import itertools


class Simulator:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.counter = itertools.count()
        self.log = []

    def schedule(self, delay, callback, *args):
        entry = [self.now + delay, next(self.counter), callback, args, True]
        heapq.heappush(self.queue, entry)
        return entry

    def cancel(self, entry):
        entry[4] = False

    def run(self, until=None):
        while self.queue:
            t, seq, cb, args, active = heapq.heappop(self.queue)
            if until is not None and t > until:
                heapq.heappush(self.queue, [t, seq, cb, args, active])
                break
            self.now = t
            if not active:
                self.log.append(f"t={t} skipped #{seq}")
                continue
            cb(*args)


class Customer:
    def __init__(self, sim, name, patience):
        self.sim = sim
        self.name = name
        self.patience = patience
        self.served = False

    def arrive(self):
        print(f"t={self.sim.now}: {self.name} arrives")
        self.timeout = self.sim.schedule(self.patience, self.leave)

    def serve(self):
        if self.served:
            return
        self.served = True
        self.sim.cancel(self.timeout)
        print(f"t={self.sim.now}: {self.name} served")

    def leave(self):
        if not self.served:
            print(f"t={self.sim.now}: {self.name} leaves unhappy")

    def __del__(self):
        print(f"  {self.name} object freed")


sim = Simulator()
customers = [Customer(sim, n, p) for n, p in [("ann", 5), ("bob", 2), ("cy", 8)]]
for i, c in enumerate(customers):
    sim.schedule(i, c.arrive)
sim.schedule(3, customers[0].serve)
sim.schedule(4, customers[1].serve)
sim.schedule(6, customers[2].serve)
sim.run(until=4)
print("paused at", sim.now, "pending", len(sim.queue))
sim.run()
print("\n".join(sim.log))
print("done at", sim.now)


class Ticker:
    def __init__(self, name):
        self.name = name

    def tick(self):
        print(f"t={sim.now}: tick {self.name}")

    def __del__(self):
        print(f"  ticker {self.name} freed")


t1 = Ticker("strong")
t2 = Ticker("weak")
wm = weakref.WeakMethod(t2.tick)
sim.schedule(1, t1.tick)
sim.schedule(2, lambda: (wm() or (lambda: print(f"t={sim.now}: weak ticker gone")))())
del t1, t2
print("tickers deleted (strong one kept by the queue)")
sim.run()
customers.clear()
print("customers cleared; queue empty:", not sim.queue)
