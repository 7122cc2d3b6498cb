# weakref.finalize: cleanup that runs when an object dies, or at exit.
import weakref


class TempFile:
    def __init__(self, name):
        self.name = name


def remove(name):
    print("removing", name)


t1 = TempFile("one.tmp")
t2 = TempFile("two.tmp")
f1 = weakref.finalize(t1, remove, t1.name)
f2 = weakref.finalize(t2, remove, t2.name)
print("alive:", f1.alive, f2.alive)
del t1
print("after del t1:", f1.alive, f2.alive)
print("end of script; t2 is cleaned up at exit")
