"""weakref.finalize vs __del__ ordering at interpreter exit with atexit."""
import atexit
import weakref
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")

    def __del__(self):
        print(f"__del__ {self.name}")


def cleanup(name):
    print(f"finalize {name}")


def goodbye(who, *, punct="!"):
    print(f"atexit goodbye {who}{punct}")


r1 = Resource("r1")
r2 = Resource("r2")
f1 = weakref.finalize(r1, cleanup, "r1")
f2 = weakref.finalize(r2, cleanup, "r2")
f3 = weakref.finalize(r2, cleanup, "r2-second")
f3.atexit = False
atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")


@atexit.register
def last_registered():
    print("atexit decorated runs first")
    print("  r1 alive:", f1.alive, "r2 alive:", f2.alive)


def unregistered():
    print("never")


atexit.register(unregistered)
atexit.unregister(unregistered)


class Cycle:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print(f"cycle __del__ {self.name}")


c = Cycle("c")
weakref.finalize(c, cleanup, "cycle-c")
tmp = Resource("tmp")
f_tmp = weakref.finalize(tmp, cleanup, "tmp")
print("detach:", f_tmp.detach()[2:])
del tmp
f1_peek = f1.peek()
print("peek:", f1_peek[1].__name__, f1_peek[2])
del f1_peek
print("calling f2 early:", f2(), f2())
print("end of main; exiting with", sys.exit.__name__)
sys.exit(3)
