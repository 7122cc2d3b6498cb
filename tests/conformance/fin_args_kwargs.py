# weakref.finalize(obj, func, *args, **kwargs) stores the arguments; calling
# the finalizer returns func's result once; peek() shows (obj, func, args,
# kwargs); on the object's death the finalizer runs with the same arguments.
# CPython: Lib/weakref.py finalize.__init__/__call__/peek/detach/alive.
import gc
import weakref

gc.disable()


class Res:
    def __init__(self, name):
        self.name = name


def report(a, b, sep="-", end="!"):
    print("report:", a + sep + b + end)
    return a + b


r1 = Res("r1")
f1 = weakref.finalize(r1, report, "x", "y", sep="+")
info = f1.peek()
print("peek args:", info[1] is report, info[2], info[3])
print("call returns:", f1())
print("second call returns:", f1(), "| alive:", f1.alive)
r2 = Res("r2")
f2 = weakref.finalize(r2, report, "p", "q", end="?")
print("f2 alive:", f2.alive)
del r2
print("f2 alive after death:", f2.alive, "| peek:", f2.peek(), "| detach:", f2.detach())
del r1
print("end")
