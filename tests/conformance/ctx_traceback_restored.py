# @contextmanager restores the traceback of an exception that passes through
# the generator: the caught exception keeps its traceback, so the locals of the
# frame that raised stay alive while the exception is kept, and die when it is
# dropped.
from contextlib import contextmanager

class Local:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

@contextmanager
def guard():
    try:
        yield
    except KeyError:
        print("guard saw KeyError, re-raises")
        raise

def work():
    data = Local("work local")
    with guard():
        raise KeyError("missing")

saved = None
try:
    work()
except KeyError as e:
    saved = e
print("caught:", repr(saved), "traceback kept:", saved.__traceback__ is not None)
print("work's local is still alive (held by the traceback's frame)")
print("dropping the exception")
saved = None
print("end")
