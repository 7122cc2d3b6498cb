"""Uncaught error leaving a with block whose __exit__ also fails."""
import contextlib


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        if et is KeyError:
            raise RuntimeError("cleanup failed")
        return False


@contextlib.contextmanager
def transaction(name):
    print("begin", name)
    try:
        yield name
    except ZeroDivisionError:
        print("rollback", name)
        raise
    finally:
        print("end", name)


with Resource("a") as r:
    print("using", r.name)

try:
    with transaction("t1"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

with Resource("outer"):
    with transaction("t2") as t:
        d = {}
        print(d["missing-" + t])
