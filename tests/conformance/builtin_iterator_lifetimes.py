# What the builtin iterator objects hold and when they let go: map and zip
# keep their source iterators (and the function) until they die, even when
# exhausted; reversed() of a sequence drops it on exhaustion (reversed_next),
# as the list's reverse iterator does; enumerate and zip keep the last
# result tuple when nobody else holds it; a map in a reference cycle is
# collected with what it holds.
import gc

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        print("del", self.name)

gc.disable()
m = map(repr, [Obj("m1"), Obj("m2")])
print(list(m))
print("exhausted map still alive")
del m
print("---")

def f(x):
    return x
f.payload = Obj("fn-payload")
m = map(f, [1])
del f
print(next(m))
del m
print("---")

t = (Obj("t1"), Obj("t2"))
r = reversed(t)
del t
print(next(r), next(r))
print(next(r, "done"))
print("tuple released above")
del r
print("---")

lst = [Obj("l1")]
lr = reversed(lst)
del lst
print(list(lr))
print("list released above")
print("---")

e = enumerate([Obj("e1"), Obj("e2")])
first = next(e)
print(first)
del first
second = next(e)
print(second)
del second
print("enumerate keeps its last tuple")
del e
print("---")

z = zip([Obj("z1")], [Obj("z2")])
print(next(z))
del z
print("---")

class Holder:
    pass
h = Holder()
h.it = filter(None, [h, Obj("f1")])
h.tag = Obj("tag")
del h
print("before collect")
print(gc.collect() >= 3)
print("---")

fl = filter(lambda o: o.name != "skip", [Obj("keep"), Obj("skip"), Obj("keep2")])
print(next(fl))
print(next(fl))
del fl
print("end")
