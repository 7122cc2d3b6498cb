import threading
import weakref
import gc
import queue

class Conn:
    def __init__(self, owner):
        self.owner = owner
    def __del__(self):
        print("Conn del for", self.owner)

local = threading.local()
def worker(name, out):
    local.conn = Conn(name)
    out.append(weakref.ref(local.conn))
    print(name, "has", local.conn.owner)

refs = []
t = threading.Thread(target=worker, args=("T1", refs))
t.start()
t.join()
print("thread done; conn alive:", refs[0]() is not None)
del t
gc.collect()
print("after collect:", refs[0]() is not None)
local.conn = Conn("main")
print("main conn set")
del local
print("local deleted")

q = queue.Queue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
c = threading.Thread(target=consumer, daemon=True)
c.start()
for i in range(4):
    q.put(i)
q.put(None)
q.join()
c.join()
print(results, c.daemon)
sem = threading.Semaphore(2)
with sem:
    print("in semaphore")
cond = threading.Condition()
with cond:
    cond.notify_all()
print("cond ok")
r = threading.RLock()
with r:
    with r:
        print("reentrant")
b = threading.Barrier(1)
print(b.wait())
tm = threading.Timer(0.01, lambda: print("timer fired"))
tm.start()
tm.join()
print(threading.main_thread().name, threading.get_ident() == threading.main_thread().ident)
