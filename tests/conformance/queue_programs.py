# Queue programs in one thread: an undo stack on LifoQueue whose commands
# die as they are undone and dropped, a work queue processed with
# task_done/join and a failing job whose traceback keeps the job alive
# until the exception is cleared, a bounded queue with timeouts, and a
# subclass of Queue overriding _put/_get to keep a history.
import queue, weakref, sys

class Command:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return f'Command({self.text!r})'
    def __del__(self):
        print('  forget', self.text)

undo = queue.LifoQueue(maxsize=3)
for t in ('type a', 'type b', 'bold', 'delete'):
    if undo.full():
        print('undo full, dropping', t)
        continue
    undo.put(Command(t))
while not undo.empty():
    c = undo.get()
    print('undo', c)
    del c
print('undo stack empty:', undo.qsize())

class Job:
    def __init__(self, n):
        self.n = n
    def run(self):
        if self.n == 2:
            raise ValueError(f'job {self.n} failed')
        return self.n * 10
    def __del__(self):
        print('  job', self.n, 'freed')

work = queue.Queue()
for n in range(4):
    work.put(Job(n))
results = []
saved = None
while True:
    try:
        job = work.get_nowait()
    except queue.Empty:
        break
    try:
        results.append(job.run())
    except ValueError as e:
        saved = e
        print('error:', e)
    finally:
        work.task_done()
    del job
work.join()
print('results', results, 'unfinished', work.unfinished_tasks)
print('the saved error keeps job 2 alive through its traceback')
saved = None
print('cleared')

bounded = queue.Queue(1)
bounded.put('x')
for op in (lambda: bounded.put('y', timeout=0.01), lambda: bounded.put('y', block=False)):
    try:
        op()
    except queue.Full:
        print('Full')
print(bounded.get(timeout=0.5))
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')

class HistoryQueue(queue.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.history = []
    def _put(self, item):
        self.history.append(('put', item))
        super()._put(item)
    def _get(self):
        item = super()._get()
        self.history.append(('get', item))
        return item

h = HistoryQueue()
h.put(1); h.put(2); h.get(); h.put(3)
print(h.history, list(h.queue), h.qsize())
