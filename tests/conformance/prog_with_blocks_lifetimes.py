# Context managers in an ordinary program: an exception's traceback keeping a
# frame's locals alive, @contextmanager swallowing, ExitStack, suppress, two items.
import gc, sys
from contextlib import contextmanager, ExitStack, suppress

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"del {self.name}")

class Conn:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name} {et.__name__ if et else None}")
        return False
    def __del__(self):
        print(f"del Conn {self.name}")

def f():
    t = Tracked("local")
    with Conn("c1") as c:
        raise ValueError("boom")

try:
    f()
except ValueError as e:
    print("caught", e)
    err = e
print("frame local still alive via traceback")
del err
print("after del err")

@contextmanager
def opened(name):
    t = Tracked(name)
    print("open", name)
    try:
        yield t
    except KeyError as e:
        print("cm saw KeyError", e)
    finally:
        print("close", name)

with opened("x") as x:
    print("using", x.name)
del x
with opened("y"):
    raise KeyError("k")
print("swallowed")
with ExitStack() as stack:
    for n in "abc":
        stack.enter_context(Conn(n))
    stack.callback(print, "callback ran")
print("stack done")
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with Conn("p") as p, Conn("q") as q:
    print("both", p.name, q.name)
del p, q
print("end")
