# A file object is a finalizable object like any other: what a buffered
# stream wrote reaches the file when it is flushed, closed, or when the
# object dies -- at once on a refcount death, inside gc.collect() when it is
# part of a garbage cycle. Before that, another reader sees the old contents.
import gc
import os
import shutil
import tempfile

gc.disable()
home = os.getcwd()
work = tempfile.mkdtemp()
os.chdir(work)


def contents():
    with open("log.txt") as f:
        return f.read()


w = open("log.txt", "w")
w.write("first")
print("before flush:", repr(contents()))
w.flush()
print("after flush:", repr(contents()))
w.write(" second")
print("buffered:", repr(contents()))
del w
print("after del:", repr(contents()))


class Holder:
    def __init__(self, name):
        self.f = open(name, "w")
        self.me = self


h = Holder("log.txt")
h.f.write("in a cycle")
del h
print("cycle not collected:", repr(contents()))
gc.collect()
print("after collect:", repr(contents()))

with open("log.txt", "a") as f:
    f.write(" / appended")
    g = f
print(g.closed, repr(contents()))


def writer():
    f = open("log.txt", "w")
    f.write("local")
    print("inside:", repr(contents()))


writer()
print("after return:", repr(contents()))

os.chdir(home)
shutil.rmtree(work)
