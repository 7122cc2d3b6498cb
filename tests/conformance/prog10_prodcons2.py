"""Bounded queue pipeline with several stages and sentinel shutdown."""
import queue
import threading


class Stage(threading.Thread):
    def __init__(self, name, inq, outq, fn):
        super().__init__(name=name)
        self.inq = inq
        self.outq = outq
        self.fn = fn
        self.count = 0

    def run(self):
        while True:
            item = self.inq.get()
            if item is StopIteration:
                if self.outq is not None:
                    self.outq.put(StopIteration)
                return
            self.count += 1
            out = self.fn(item)
            if self.outq is not None:
                self.outq.put(out)


q1 = queue.Queue(maxsize=2)
q2 = queue.Queue(maxsize=2)
q3 = queue.Queue()
s1 = Stage("double", q1, q2, lambda x: x * 2)
s2 = Stage("inc", q2, q3, lambda x: x + 1)
s1.start()
s2.start()
for i in range(10):
    q1.put(i)
q1.put(StopIteration)
s1.join()
s2.join()
out = []
while True:
    v = q3.get()
    if v is StopIteration:
        break
    out.append(v)
print(out)
print(s1.count, s2.count, s1.name, s2.name)

ev = threading.Event()
seen = []


def waiter():
    ev.wait()
    seen.append("woke")


w = threading.Thread(target=waiter)
w.start()
seen.append("setting")
ev.set()
w.join()
print(seen)

cond = threading.Condition()
box = []


def taker():
    with cond:
        cond.wait_for(lambda: box)
        seen.append(("took", box.pop()))


t = threading.Thread(target=taker)
t.start()
with cond:
    box.append(42)
    cond.notify()
t.join()
print(seen)
