# An uncaught exception is saved in sys.last_value/last_traceback: the frames
# of its traceback (and their locals) live until module teardown begins,
# after the atexit handlers and the exit collection.
import atexit
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def inner():
    x = C("inner local")
    raise ValueError("boom")

def outer():
    y = C("outer local")
    inner()

atexit.register(print, "atexit handler")
g = C("global")
outer()
