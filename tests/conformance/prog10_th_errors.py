"""An exception inside a thread goes to threading.excepthook; main goes on."""
import threading


def bad(x):
    return 10 // x


def worker(x):
    print("worker got", bad(x))


t1 = threading.Thread(target=worker, args=(5,))
t1.start()
t1.join()
t2 = threading.Thread(target=worker, args=(0,), name="divider")
t2.start()
t2.join()
print("main continues")

caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t3 = threading.Thread(target=worker, args=(0,), name="quiet")
t3.start()
t3.join()
threading.excepthook = old
print(caught)
local = threading.local()
local.x = "main"


def show():
    local.x = threading.current_thread().name
    print("in thread:", local.x)


t4 = threading.Thread(target=show, name="t4")
t4.start()
t4.join()
print("main sees:", local.x)
