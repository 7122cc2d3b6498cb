# queue.SimpleQueue, CPython's C type: no __dict__, weakly referenceable,
# its type name, no arguments to the constructor, put/get/qsize/empty,
# put's ignored block/timeout, get_nowait's Empty and the timeout error.
import queue, weakref

sq = queue.SimpleQueue()
print(type(sq), type(sq).__name__, type(sq).__module__)
sq.put(1)
sq.put(2, block=False)
sq.put_nowait(3)
sq.put(4, True, 10)
print(sq.qsize(), sq.empty())
print(sq.get(), sq.get(block=False), sq.get(timeout=1), sq.get_nowait())
print(sq.qsize(), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    sq.get(False)
except queue.Empty:
    print("Empty again")
sq.put("z")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(sq.get(False, -1))
try:
    queue.SimpleQueue(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sq.x = 1
except AttributeError as e:
    print("AttributeError:", e)
r = weakref.ref(sq)
print(r() is sq)
del sq
print(r())
print(hasattr(queue.SimpleQueue, "task_done"), hasattr(queue.SimpleQueue, "join"))
