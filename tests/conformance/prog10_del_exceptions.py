"""Exceptions raised inside __del__ and weakref callbacks are printed, not raised."""
import gc
import weakref


class Grumpy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"del {self.name} running")
        raise RuntimeError(f"cannot delete {self.name}")


g = Grumpy("first")
del g
print("after first: program goes on")


def bad_callback(ref):
    raise ValueError("callback exploded")


class Target:
    pass


t = Target()
r = weakref.ref(t, bad_callback)
del t
print("after callback error; ref dead:", r() is None)


class InCycle:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print(f"cycle member {self.name} finalized")
        1 / 0


InCycle("c1")
print("collecting")
print("collected", gc.collect())
l = [Grumpy("in-list")]
l.pop()
print("end")
