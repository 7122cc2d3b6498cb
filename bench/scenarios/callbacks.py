# N weakref callbacks: each object dies by refcount and its callback runs.
import weakref

N = 100000
count = [0]


class Obj:
    pass


def callback(ref):
    count[0] += 1


for i in range(N):
    o = Obj()
    r = weakref.ref(o, callback)
    del o
print("callbacks", count[0])
