"""Threads whose work is joined before the main thread reports it: workers
sharing a counter under a lock, Thread subclasses keeping results, a
thread-local namespace per thread (its __init__ run again in each thread,
its data dropped when the thread ends), current_thread()/enumerate()/
active_count() inside and outside, is_alive() and the stopped repr, an
exception leaving a thread (threading.excepthook on stderr; the program
goes on), SystemExit in a thread (silent), a Timer, and the objects a
finished thread no longer keeps alive."""
import threading
import weakref
import gc

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(500,), name=f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, [t.name for t in threads], [t.is_alive() for t in threads])
print(repr(threads[0]).split(", ")[1].split()[0], threads[0].daemon)


class Job(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"job{n}")
        self.n = n
        self.result = None

    def run(self):
        me = threading.current_thread()
        self.result = (me.name, me is self, sum(range(self.n)), threading.active_count(),
                       sorted(t.name for t in threading.enumerate()))


jobs = [Job(n) for n in (10, 100)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print([j.result for j in jobs])
print(threading.current_thread().name, threading.active_count(), threading.main_thread() is threading.current_thread())


class Ctx(threading.local):
    def __init__(self, role):
        self.role = role
        self.items = []


class Payload:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("  payload", self.tag, "freed")


ctx = Ctx("default")
ctx.items.append("main-item")
plain = threading.local()
plain.value = "main"
seen = []


def use_ctx(tag):
    seen.append((tag, ctx.role, list(ctx.items), hasattr(plain, "value")))
    ctx.items.append(tag)
    ctx.payload = Payload(tag)
    plain.value = tag
    seen.append((tag, ctx.items, plain.value))
    print("  thread", tag, "ends")


for tag in ("a", "b"):
    t = threading.Thread(target=use_ctx, args=(tag,))
    t.start()
    t.join()
    print("  joined", tag)
print(seen)
print(ctx.role, ctx.items, plain.value, hasattr(ctx, "payload"))


def boom():
    raise ValueError("failed in thread")


t = threading.Thread(target=boom, name="Boomer")
t.start()
t.join()
print("after boom, alive:", t.is_alive())


def quits():
    raise SystemExit(3)


t = threading.Thread(target=quits)
t.start()
t.join()
print("SystemExit in a thread is silent; name:", t.name)
fired = []
tm = threading.Timer(0.5, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(0.5, fired.append, args=["never"])
tm2.finished.set()
tm2.start()
print(fired)


class Big:
    pass


def hold(obj):
    obj.note = "held"


b = Big()
r = weakref.ref(b)
t = threading.Thread(target=hold, args=(b,))
del b
t.start()
t.join()
print("target and args released after run:", r() is None)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
gc.collect()
print("end")
